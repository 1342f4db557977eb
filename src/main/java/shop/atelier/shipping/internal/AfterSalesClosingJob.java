package shop.atelier.shipping.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link AfterSalesClosing} every {@code atelier.shipping.closing-interval} (default one hour)
 * on one node. On unless {@code atelier.shipping.closing.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "atelier.shipping.closing.enabled", matchIfMissing = true)
class AfterSalesClosingJob {

    @Bean
    Task<Void> shippingAfterSalesClosing(AfterSalesClosing closing, ShippingProperties properties) {
        return Tasks.recurring("shipping-after-sales-closing", FixedDelay.of(properties.closingInterval()))
                .execute((instance, context) -> closing.closeDue());
    }
}
