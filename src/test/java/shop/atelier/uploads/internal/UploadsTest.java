package shop.atelier.uploads.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The application with the uploads module's test settings: its own store and master key under
 * {@code target/}, and small limits so over-limit uploads stay cheap. Test classes carrying it share
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "atelier.uploads.store.local.directory=target/uploads-tests/files",
            "atelier.uploads.generated-master-key-file=target/uploads-tests/master-key.json",
            "atelier.uploads.limits.photo=2MB",
            "atelier.uploads.limits.video=3MB"
        })
@RecordApplicationEvents
@interface UploadsTest {}
