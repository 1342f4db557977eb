package shop.atelier.production.internal.web.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.Orders;
import shop.atelier.production.internal.WorkshopPortal;

/**
 * The workshop portal cannot reach a customer's contact data: its types do not use the customers
 * module or the orders module's contact record, nothing in production asks orders for contact data,
 * and the records the portal renders hold only plain values of harmless names.
 */
class PortalArchitectureTests {

    static final String PORTAL = "shop.atelier.production.internal.web.portal";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("shop.atelier.production");

    /** Component names that would hint at contact data. */
    static final Pattern CONTACT = Pattern.compile(
            "(?i).*(customer|email|mail|phone|address|street|line1|line2|city|postal|zip|country|contact|recipient).*");

    static final Set<Class<?>> PLAIN =
            Set.of(String.class, int.class, long.class, boolean.class, UUID.class, LocalDate.class);

    @Test
    void portalTypesUseNeitherTheCustomersModuleNorOrderContacts() {
        noClasses()
                .that()
                .resideInAPackage(PORTAL + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("shop.atelier.customers..", "shop.atelier.orders.internal..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(OrderContact.class)
                .check(CLASSES);
        noClasses()
                .that()
                .belongToAnyOf(WorkshopPortal.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("shop.atelier.customers..")
                .check(CLASSES);
    }

    @Test
    void nothingInProductionAsksOrdersForContactData() {
        noClasses()
                .should()
                .callMethod(Orders.class, "contactForMail", OrderId.class)
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(OrderContact.class)
                .check(CLASSES);
    }

    @Test
    void theJsonOfThePortalIsBuiltFromViewRecordsOnly() {
        var returned = new ArrayList<Type>();
        for (Method method : PortalApiController.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(GetMapping.class)) {
                returned.add(method.getGenericReturnType());
            }
        }
        assertThat(returned).isNotEmpty();
        var seen = new HashSet<Class<?>>();
        returned.forEach(type -> checkType(type, "response", seen));
        assertThat(seen).contains(JobView.class, JobListItem.class, JobView.MaterialItem.class);
    }

    @Test
    void thePortalsViewRecordsHaveNoComponentThatCouldHoldContactData() {
        var seen = new HashSet<Class<?>>();
        for (var view : List.of(JobView.class, JobListItem.class)) {
            checkType(view, view.getSimpleName(), seen);
        }
    }

    private static void checkType(Type type, String where, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            assertThat(parameterized.getRawType()).as(where).isEqualTo(List.class);
            checkType(parameterized.getActualTypeArguments()[0], where + "[]", seen);
            return;
        }
        var type0 = (Class<?>) type;
        if (PLAIN.contains(type0)) {
            return;
        }
        assertThat(type0.isRecord())
                .as("%s is %s: the portal shows plain values and its own view records only", where, type0)
                .isTrue();
        assertThat(type0.getPackageName()).as(where).isEqualTo(PORTAL);
        if (!seen.add(type0)) {
            return;
        }
        for (RecordComponent component : type0.getRecordComponents()) {
            assertThat(component.getName())
                    .as("%s.%s", type0.getSimpleName(), component.getName())
                    .doesNotMatch(CONTACT);
            checkType(component.getGenericType(), type0.getSimpleName() + "." + component.getName(), seen);
        }
    }
}
