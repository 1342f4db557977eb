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
            for (var diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, withRelationsSorted(Files.readAllLines(diagram)));
            }
        }
    }

    /** The documenter lists relations in no fixed order; sorted, the committed files only change with the modules. */
    static List<String> withRelationsSorted(List<String> lines) {
        var result = new ArrayList<String>(lines.size());
        var relations = new ArrayList<String>();
        for (var line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            result.addAll(relations);
            relations.clear();
            result.add(line);
        }
        relations.sort(null);
        result.addAll(relations);
        return result;
    }
}
