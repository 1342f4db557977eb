package shop.atelier.notifications.internal;

/** An email rendered and ready for the outbox. */
record ComposedMail(String subject, String html, String text) {}
