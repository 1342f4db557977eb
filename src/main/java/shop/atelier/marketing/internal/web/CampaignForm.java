package shop.atelier.marketing.internal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A campaign as staff write it: a one-line subject and a plain-text body (blank lines make paragraphs). */
record CampaignForm(
        @NotBlank(message = "{marketing.validation.required}")
        @Size(max = 150, message = "{marketing.validation.subject-too-long}")
        @Pattern(regexp = "[^\\r\\n]*", message = "{marketing.validation.subject-one-line}")
        String subject,

        @NotBlank(message = "{marketing.validation.required}")
        @Size(max = 10000, message = "{marketing.validation.body-too-long}")
        String body) {

    static final CampaignForm EMPTY = new CampaignForm("", "");

    CampaignForm {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
