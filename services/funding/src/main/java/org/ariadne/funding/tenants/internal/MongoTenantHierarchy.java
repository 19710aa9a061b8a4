package org.ariadne.funding.tenants.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.funding.tenants.TenantProfile;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The tenants' profiles in this service's own bookkeeping database ({@code funding__platform.tenant_profiles}). */
@Repository
class MongoTenantHierarchy implements TenantHierarchy {

    private final TenantDatabases databases;

    MongoTenantHierarchy(TenantDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void save(TenantProfile profile) {
        profiles().replaceOne(eq("_id", profile.tenant()), new Document("_id", profile.tenant())
                .append("name", profile.name()).append("parentId", profile.parentId()).append("currency", profile.currency())
                .append("languages", profile.languages()), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<TenantProfile> profile(String tenant) {
        Document d = profiles().find(eq("_id", tenant)).first();
        return d == null ? Optional.empty() : Optional.of(new TenantProfile(d.getString("_id"), d.getString("name"),
                d.getString("parentId"), d.getString("currency"), d.getList("languages", String.class, List.of())));
    }

    private MongoCollection<Document> profiles() {
        return databases.serviceDirectory().getCollection("tenant_profiles");
    }
}
