package shop.atelier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in {@code docs/modules} is current. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AtelierApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
