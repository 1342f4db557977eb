package shop.atelier.notifications.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * A {@link RecurringTask} that schedules its own first run.
 *
 * <p>Why: the platform's scheduler configuration hands every {@code RecurringTask} bean to
 * db-scheduler twice (as a known task and again through {@code startTasks}, which adds it to the
 * known tasks itself), and db-scheduler refuses to start with a duplicate task name. This wrapper
 * is a plain {@link Task} to the platform, registered once; {@link #start} schedules the first run,
 * as {@code startTasks} would. Once the platform passes recurring tasks only to {@code startTasks},
 * the outbox's tasks can be plain {@code RecurringTask} beans again.
 */
final class SelfStartingTask<T> implements Task<T> {

    private final RecurringTask<T> task;

    SelfStartingTask(RecurringTask<T> task) {
        this.task = task;
    }

    /** Schedules the first run unless one is scheduled already (by this node or another). */
    void start(SchedulerClient scheduler) {
        task.onStartup(scheduler, new SystemClock());
    }

    @Override
    public String getName() {
        return task.getName();
    }

    @Override
    public Class<T> getDataClass() {
        return task.getDataClass();
    }

    @Override
    public TaskInstance<T> instance(String id) {
        return task.instance(id);
    }

    @Override
    public TaskInstance<T> instance(String id, T data) {
        return task.instance(id, data);
    }

    @Override
    public TaskInstance.Builder<T> instanceBuilder(String id) {
        return task.instanceBuilder(id);
    }

    @Override
    public SchedulableInstance<T> schedulableInstance(String id) {
        return task.schedulableInstance(id);
    }

    @Override
    public SchedulableInstance<T> schedulableInstance(String id, T data) {
        return task.schedulableInstance(id, data);
    }

    @Override
    public FailureHandler<T> getFailureHandler() {
        return task.getFailureHandler();
    }

    @Override
    public DeadExecutionHandler<T> getDeadExecutionHandler() {
        return task.getDeadExecutionHandler();
    }

    @Override
    public int getDefaultPriority() {
        return task.getDefaultPriority();
    }

    @Override
    public CompletionHandler<T> execute(TaskInstance<T> instance, ExecutionContext context) {
        return task.execute(instance, context);
    }

    @Override
    public String toString() {
        return task.toString();
    }
}
