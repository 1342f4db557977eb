package shop.atelier.production;

/** Where a production job stands. */
public enum JobState {
    /** Given to a workshop; not started yet. */
    ASSIGNED,
    /** The workshop is making it. */
    IN_PROGRESS,
    /** Made. */
    DONE,
    /** The workshop cannot make it and said why; back with staff, who assign the line again. */
    REJECTED,
    /** Staff took it from the workshop and gave the line to another (or the same) workshop anew. */
    REASSIGNED;

    /** Whether the workshop may see and work on the job. */
    public boolean open() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
