package shop.atelier.rights.internal;

/** What a person asks for (promises G1-G3). */
public enum RequestType {
    ACCESS,
    CORRECTION,
    ERASURE
}
