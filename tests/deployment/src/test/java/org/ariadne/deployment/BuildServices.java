package org.ariadne.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The services the build produces, read from the Maven modules: every module of the root pom that packages a Spring
 * Boot application (it runs {@code spring-boot-maven-plugin}) is a service that must be deployable. A new module under
 * services/ is therefore required in k8s/, infra/compose.yaml and ./run as soon as it exists.
 */
final class BuildServices {

    /**
     * One deployable service.
     *
     * @param name       the module's folder name (identity, plans, …, gateway): the name of its Deployment, Service …
     * @param module     the module's path from the repository root
     * @param artifactId its Maven artifactId; the image is {@code ariadne/<artifactId>}
     * @param usesKafka  it depends on lib-messaging, so it needs the Kafka brokers
     * @param usesMongo  it depends on lib-tenancy (the one way to Mongo), so it needs the MongoDB replica set
     */
    record Service(String name, String module, String artifactId, boolean usesKafka, boolean usesMongo) {
    }

    record Build(String version, List<Service> services) {

        Service service(String name) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }

        List<String> names() {
            return services.stream().map(Service::name).toList();
        }
    }

    private BuildServices() {
    }

    static Build read(Path root) {
        Element project = parse(root.resolve("pom.xml"));
        String version = text(project, "version");
        List<Service> services = new ArrayList<>();
        for (Element module : children(child(project, "modules"), "module")) {
            String path = module.getTextContent().trim();
            Path pom = root.resolve(path).resolve("pom.xml");
            if (!Files.isRegularFile(pom)) {
                continue;
            }
            Element modulePom = parse(pom);
            boolean bootApp = children(child(child(modulePom, "build"), "plugins"), "plugin").stream()
                    .anyMatch(plugin -> "spring-boot-maven-plugin".equals(text(plugin, "artifactId")));
            if (!bootApp) {
                continue;
            }
            List<String> dependencies = children(child(modulePom, "dependencies"), "dependency").stream()
                    .map(dependency -> text(dependency, "artifactId")).toList();
            String name = Path.of(path).getFileName().toString();
            services.add(new Service(name, path, text(modulePom, "artifactId"), dependencies.contains("lib-messaging"),
                    dependencies.contains("lib-tenancy")));
        }
        if (services.isEmpty()) {
            throw new ManifestException(root.resolve("pom.xml") + ": no module packages a Spring Boot application");
        }
        return new Build(version, List.copyOf(services));
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new ManifestException(pom + ": cannot read the pom: " + e.getMessage());
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
