package org.ariadne.plans.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.ariadne.plans.plan.PlanActivity;
import org.bson.Document;

/**
 * How a plan's activities are cut into chunks (ADR 0009). A chunk is a run of consecutive activities, stored once and
 * never changed: a change of the plan keeps every chunk whose run it did not touch and writes new chunks for the runs
 * it changed, so changing one activity of a 10,000-activity plan writes one chunk, not the tree. The boundaries of the
 * stored chunks are kept (an activity that starts a stored chunk starts a chunk again); a run grows up to
 * {@value #MAX_ACTIVITIES} activities, and a new chunk whose text would exceed {@value #MAX_TEXT} characters is split.
 */
final class ActivityChunks {

    static final int MAX_ACTIVITIES = 250;
    /** Well below MongoDB's 16 MB per document, even if every character took three bytes. */
    static final long MAX_TEXT = 4_000_000;

    /** A chunk: its id, its activities, and (for a new one) the documents to store. */
    record Chunk(String id, List<PlanActivity> activities, List<Document> documents) {

        boolean isNew() {
            return documents != null;
        }

        Document layoutEntry() {
            return new Document("id", id).append("n", activities.size());
        }
    }

    private ActivityChunks() {
    }

    /**
     * The stored chunks of a plan, given the layout it was read with ({@code [{id, n}]}) and its activities in
     * stored order; empty when they do not fit together (then nothing is reused).
     */
    static List<Chunk> stored(List<Document> layout, List<PlanActivity> activities) {
        List<Chunk> chunks = new ArrayList<>();
        int from = 0;
        for (Document entry : layout) {
            int n = ((Number) entry.get("n")).intValue();
            if (from + n > activities.size()) {
                return List.of();
            }
            chunks.add(new Chunk(entry.getString("id"), activities.subList(from, from + n), null));
            from += n;
        }
        return from == activities.size() ? chunks : List.of();
    }

    /** The chunks of {@code activities}: the stored ones reused where their run is unchanged, new ones elsewhere. */
    static List<Chunk> arrange(List<Chunk> stored, List<PlanActivity> activities, Supplier<String> newId) {
        Map<String, Chunk> byFirst = new HashMap<>();
        stored.forEach(c -> byFirst.put(c.activities().get(0).id(), c));
        Set<String> starts = new HashSet<>(byFirst.keySet());
        List<List<PlanActivity>> runs = new ArrayList<>();
        List<PlanActivity> run = new ArrayList<>();
        for (PlanActivity activity : activities) {
            if (!run.isEmpty() && (starts.contains(activity.id()) || run.size() >= MAX_ACTIVITIES)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(activity);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (List<PlanActivity> r : runs) {
            Chunk same = byFirst.get(r.get(0).id());
            if (same != null && same.activities().equals(r)) {
                chunks.add(same);
            } else {
                addNew(r, chunks, newId);
            }
        }
        return chunks;
    }

    /** A new chunk for the run, split in halves while its text is too large for one document. */
    private static void addNew(List<PlanActivity> run, List<Chunk> chunks, Supplier<String> newId) {
        List<Document> documents = new ArrayList<>(run.size());
        long text = 0;
        for (PlanActivity activity : run) {
            Document document = PlanDocuments.activity(activity);
            documents.add(document);
            text += PlanDocuments.textSize(document);
        }
        if (text > MAX_TEXT && run.size() > 1) {
            int half = run.size() / 2;
            addNew(run.subList(0, half), chunks, newId);
            addNew(run.subList(half, run.size()), chunks, newId);
            return;
        }
        chunks.add(new Chunk(newId.get(), List.copyOf(run), documents));
    }
}
