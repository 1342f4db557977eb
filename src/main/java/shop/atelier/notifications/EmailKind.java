package shop.atelier.notifications;

/** Transactional mail is part of a service the person asked for; promotional mail needs consent. */
public enum EmailKind {
    TRANSACTIONAL,
    PROMOTIONAL
}
