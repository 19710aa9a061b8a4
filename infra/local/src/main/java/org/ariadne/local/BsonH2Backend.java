package org.ariadne.local;

import java.time.Clock;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 backend with the collections' documents written as BSON ({@link BsonDocumentType}) and their ids
 * and index keys compared and written by {@link StoreKeyType}; everything else (the maps' names, the collections'
 * metadata, how queries and indexes work) is the library's.
 */
final class BsonH2Backend extends H2Backend {

    /** The data map of a collection, as the library names it ({@code H2Database}). */
    static final String DATA_MAP_PREFIX = "databases.";
    /** What the library puts between a collection's namespace and an index's name to name the index's map. */
    static final String INDEX_MAP_INFIX = "._index_";
    /** The metadata map of a collection, as the library names it. */
    static final String META_MAP_PREFIX = "meta.";

    BsonH2Backend(MVStore store, Clock clock) {
        super(store, clock); // opens the databases already in the store, through openOrCreateDatabase below
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Opens a collection's data map: ids as {@link StoreKeyType}, documents as BSON (a map already open is returned as it is). */
    static MVMap<Object, Document> openDataMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().keyType(StoreKeyType.INSTANCE).valueType(BsonDocumentType.INSTANCE));
    }

    /** Opens an index's map: key values as {@link StoreKeyType}, each with its document's id (the same). */
    static MVMap<Object, Object> openIndexMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Object>().keyType(StoreKeyType.INSTANCE).valueType(StoreKeyType.INSTANCE));
    }

    /** Whether a map of the store is an index's (the library names them {@code <database>.<collection>._index_<name>}). */
    static boolean isIndexMap(String name) {
        return name.contains(INDEX_MAP_INFIX);
    }

    /**
     * An inner class on purpose: {@code H2Database}'s constructor already opens the database's collections, before a field
     * of a subclass is set, while the enclosing backend (and its store) is there from the start.
     */
    private final class BsonH2Database extends H2Database {

        BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = getMvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = openDataMap(store, DATA_MAP_PREFIX + namespace);
            MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + namespace);
            return new H2Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /** The library opens the index's map by its name; opened here first, it gets that map with its key type. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            openIndexMap(getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
