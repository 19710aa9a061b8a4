package org.ariadne.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/**
 * ./run reads the demo files line by line (no jq on a fresh machine): each must be a valid JSON array
 * with exactly one object per line, parents before children, and only known tenants in memberships.
 */
class DemoDataTest {

    private static final Path DEMO = Path.of("demo");
    private static final Pattern TENANT_ID = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,3})?");
    private static final Set<String> ROLES = Set.of("coordinator", "focal_point", "viewer");

    @Test
    void tenantsAreOneObjectPerLineAndParentsComeFirst() throws IOException {
        Set<String> seen = new HashSet<>();
        for (BsonDocument tenant : objectsPerLine("tenants.json")) {
            String id = tenant.getString("id").getValue();
            assertTrue(TENANT_ID.matcher(id).matches(), id);
            BsonValue parent = tenant.get("parentId");
            if (parent != null && !parent.isNull()) {
                assertTrue(seen.contains(parent.asString().getValue()), "parent of " + id + " comes first");
            }
            for (String field : List.of("name", "languages", "currency", "timeZone", "levelNames")) {
                assertTrue(tenant.containsKey(field), id + " has " + field);
            }
            assertTrue(seen.add(id), "unique " + id);
        }
        assertEquals(Set.of("me", "ba", "ba-04", "si", "xk"), seen);
    }

    @Test
    void usersReferToDemoTenantsAndKnownRoles() throws IOException {
        Set<String> tenants = new HashSet<>();
        objectsPerLine("tenants.json").forEach(t -> tenants.add(t.getString("id").getValue()));
        Set<String> names = new HashSet<>();
        for (BsonDocument user : objectsPerLine("users.json")) {
            String name = user.getString("username").getValue();
            assertTrue(names.add(name), "unique " + name);
            assertEquals("ariadne-demo", user.getString("password").getValue());
            for (BsonValue m : user.getArray("memberships")) {
                BsonDocument membership = m.asDocument();
                assertTrue(tenants.contains(membership.getString("tenant").getValue()), name);
                for (BsonValue role : membership.getArray("roles")) {
                    assertTrue(ROLES.contains(role.asString().getValue()), name + " role " + role);
                    if (role.asString().getValue().equals("focal_point")) {
                        assertFalse(membership.get("institution").isNull(), "a focal point has an institution");
                    }
                }
            }
        }
        assertTrue(names.containsAll(Set.of("admin", "coordinator.ba04", "focal.police.ba04", "donor.iom")));
    }

    @Test
    void donorUsersAreDemoUsersWithoutMembershipsAndTheirOrganisationIsInTheGlobalRegistry() throws IOException {
        java.util.Map<String, BsonDocument> users = new java.util.HashMap<>();
        objectsPerLine("users.json").forEach(u -> users.put(u.getString("username").getValue(), u));
        String registry = Files.readString(DEMO.resolve("partners/global-registry.json"), StandardCharsets.UTF_8);
        List<BsonDocument> donors = objectsPerLine("donor-organisations.json");
        assertFalse(donors.isEmpty());
        for (BsonDocument donor : donors) {
            String name = donor.getString("username").getValue();
            assertTrue(users.containsKey(name), name + " is a demo user");
            assertTrue(users.get(name).getArray("memberships").isEmpty(), name + " belongs to no tenant");
            assertTrue(registry.contains("\"acronym\": \"" + donor.getString("acronym").getValue() + "\""),
                    name + "'s organisation is in the global registry");
        }
    }

    private static List<BsonDocument> objectsPerLine(String file) throws IOException {
        String text = Files.readString(DEMO.resolve(file), StandardCharsets.UTF_8);
        List<BsonDocument> fromArray = BsonArray.parse(text).stream().map(BsonValue::asDocument).toList();
        List<BsonDocument> fromLines = text.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("{"))
                .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
                .map(BsonDocument::parse)
                .toList();
        assertEquals(fromArray, fromLines, file + ": one object per line, as ./run reads it");
        return fromArray;
    }
}
