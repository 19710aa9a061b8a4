package org.ariadne.plans.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ariadne.plans.plan.ActivityDetails;
import org.ariadne.plans.plan.PlanActivity;
import org.ariadne.plans.plan.internal.ActivityChunks.Chunk;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How activities are cut into immutable chunks, and which chunks a change writes anew. */
class ActivityChunksTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "c" + ids.incrementAndGet();

    @Test
    void aNewPlanIsCutIntoRunsOfAtMost250() {
        List<Chunk> chunks = ActivityChunks.arrange(List.of(), activities(0, 1000), newId);
        assertThat(chunks).extracting(c -> c.activities().size()).containsExactly(250, 250, 250, 250);
        assertThat(chunks).allMatch(Chunk::isNew);
        assertThat(chunks.get(1).activities().get(0).id()).isEqualTo("a250");
    }

    @Test
    void changingOneActivityWritesOnlyItsChunk() {
        List<PlanActivity> before = activities(0, 1000);
        List<Chunk> stored = stored(ActivityChunks.arrange(List.of(), before, newId), before);
        List<PlanActivity> after = new ArrayList<>(before);
        after.set(600, activity(600, "changed"));

        List<Chunk> chunks = ActivityChunks.arrange(stored, after, newId);

        assertThat(chunks).extracting(Chunk::isNew).containsExactly(false, false, true, false);
        assertThat(chunks.get(2).activities()).contains(activity(600, "changed"));
        assertThat(chunks.get(0).id()).isEqualTo(stored.get(0).id());
    }

    @Test
    void removingAnActivityKeepsTheOtherChunksBoundaries() {
        List<PlanActivity> before = activities(0, 1000);
        List<Chunk> stored = stored(ActivityChunks.arrange(List.of(), before, newId), before);
        List<PlanActivity> after = new ArrayList<>(before);
        after.remove(10);

        List<Chunk> chunks = ActivityChunks.arrange(stored, after, newId);

        assertThat(chunks).extracting(c -> c.activities().size()).containsExactly(249, 250, 250, 250);
        assertThat(chunks).extracting(Chunk::isNew).containsExactly(true, false, false, false);
    }

    @Test
    void addedActivitiesGrowTheLastChunkUpTo250ThenStartANewOne() {
        List<PlanActivity> before = activities(0, 240);
        List<Chunk> stored = stored(ActivityChunks.arrange(List.of(), before, newId), before);
        List<PlanActivity> after = new ArrayList<>(before);
        after.addAll(activities(240, 270));

        List<Chunk> chunks = ActivityChunks.arrange(stored, after, newId);

        assertThat(chunks).extracting(c -> c.activities().size()).containsExactly(250, 20);
        assertThat(chunks).allMatch(Chunk::isNew);
    }

    @Test
    void aRunTooLargeForOneDocumentIsHalved() {
        String big = "x".repeat(100_000);
        List<PlanActivity> wordy = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            wordy.add(new PlanActivity("a" + i, "n", "1." + i, "title", null, List.of(), new ActivityDetails(big, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null)));
        }
        List<Chunk> chunks = ActivityChunks.arrange(List.of(), wordy, newId);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allMatch(c -> c.documents().stream().mapToLong(PlanDocuments::textSize).sum()
                <= ActivityChunks.MAX_TEXT);
        assertThat(chunks.stream().mapToInt(c -> c.activities().size()).sum()).isEqualTo(60);
    }

    @Test
    void aLayoutThatDoesNotFitTheActivitiesReusesNothing() {
        List<Document> layout = List.of(new Document("id", "c1").append("n", 5));
        assertThat(ActivityChunks.stored(layout, activities(0, 4))).isEmpty();
        assertThat(ActivityChunks.stored(layout, activities(0, 5))).hasSize(1);
    }

    /** The chunks as a later read finds them: stored, with the layout they were written with. */
    private static List<Chunk> stored(List<Chunk> written, List<PlanActivity> activities) {
        return ActivityChunks.stored(written.stream().map(Chunk::layoutEntry).toList(), activities);
    }

    private static List<PlanActivity> activities(int from, int to) {
        List<PlanActivity> activities = new ArrayList<>();
        for (int i = from; i < to; i++) {
            activities.add(activity(i, "Aktivnost " + i));
        }
        return activities;
    }

    private static PlanActivity activity(int i, String title) {
        return new PlanActivity("a" + i, "n" + i / 10, "1." + i, title, "2025", List.of("MUP"));
    }
}
