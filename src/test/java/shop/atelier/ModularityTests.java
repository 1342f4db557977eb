package shop.atelier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in {@code docs/modules} is current. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AtelierApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(DOCS)) {
            for (var file : files.toList()) {
                Files.write(file, inFixedOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter lists components, relations and events in no fixed order; sorted, the
     * committed files change only when the modules do.
     */
    static List<String> inFixedOrder(List<String> lines) {
        var result = new ArrayList<String>(lines.size());
        var run = new ArrayList<String>();
        String runKind = null;
        for (var line : lines) {
            var kind = kindOf(line);
            if (kind != null
                    && (kind.equals(runKind)
                            || (runKind != null && kind.equals("item") && runKind.equals("first-item")))) {
                run.add(line);
                continue;
            }
            flush(run, runKind, result);
            runKind = kind;
            if (kind != null) {
                run.add(line);
            } else {
                result.add(line);
            }
        }
        flush(run, runKind, result);
        return result;
    }

    private static String kindOf(String line) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        if (line.stripLeading().startsWith("Component(")) {
            return "component";
        }
        if (line.startsWith("|* ")) {
            return "first-item";
        }
        if (line.startsWith("* ")) {
            return "item";
        }
        return null;
    }

    /** Sorts a run; a table cell's list keeps its leading {@code |} on its first item. */
    private static void flush(List<String> run, String kind, List<String> result) {
        if (run.isEmpty()) {
            return;
        }
        var cell = "first-item".equals(kind);
        var items = new ArrayList<String>();
        for (var line : run) {
            items.add(cell && line.startsWith("|") ? line.substring(1) : line);
        }
        items.sort(null);
        if (cell) {
            items.set(0, "|" + items.getFirst());
        }
        result.addAll(items);
        run.clear();
    }
}
