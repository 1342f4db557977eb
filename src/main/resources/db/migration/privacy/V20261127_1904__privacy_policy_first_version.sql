-- The first version of the privacy policy, from the shop's own text. {shop} and {privacy-contact}
-- stand for the configured shop name and privacy contact (atelier.shop.*), filled in when shown.
insert into privacy_policy_versions (id, label, summary, material, body, status, created_at, updated_at, published_at)
values ('6f1d3c52-9a1e-4c59-8d7e-2b0c2f1a0001', '2026-11-27', 'First published version.', false, $policy$
This Privacy Policy is intended to explain how {shop} (hereinafter referred to as "we") collects, uses, discloses and protects your personal information when you visit our website, purchase products, use customized services or interact with us in any way. By using our services, you agree that we collect and use relevant information in accordance with this policy.
## 1. Information We Collect
We may collect the following types of personal information from you:
Contact information: Such as your name, email address, phone number and shipping/billing address. This information is provided by you when placing an order, creating an account or contacting customer service.
Payment information: When you shop, we will collect payment details (such as credit card number) through Shopify's secure payment system. Please note that {shop} will not store your complete payment information, and relevant information is directly handled by Shopify.
Custom materials: If you use our "Upload My Photo" service, we may collect photos, text, videos or other materials you upload. These materials are only used to make your customized products, and their handling follows the provisions of Article 4 of this policy.
Website usage data: Automatically collected information about your interaction with our website, such as your IP address, browser type, pages visited, and the time and date of your visit. This data is collected through cookies and similar tracking technologies to improve our website functions and user experience.
Communication data: Records of your communication with us, such as emails, chat messages or feedback. These records can help us answer your inquiries and improve our services.
## 2. How We Use Your Information
We use your personal information for the following purposes:
Processing orders: Completing your purchase, including processing payments, arranging delivery, and sending order confirmations and delivery updates.
Making customized products: Using the materials you upload (such as photos) to make customized products as required, and sharing design previews or confirmation information with you.
Providing customer service: Responding to your questions, solving related problems, and assisting in handling returns, refunds or order changes.
Improving services: Analyzing website usage and understanding customer preferences to optimize our product supply, website functions and overall user experience.
Communicating with you: Sending you important updates (such as changes to the Terms of Service or Privacy Policy), promotional materials (if you choose to receive them) and information about new products or services that may interest you. You can unsubscribe from promotional emails at any time through the link in the email.
## 3. How We Share Your Information
We will not sell, rent or trade your personal information to third parties for marketing purposes. We may share your information only in the following cases:
Service providers: We will share necessary information with trusted third-party service providers who support our business operations, such as:
- Shopify (for payment processing and website hosting);
- Logistics companies (for delivering your orders);
- Craftsmen and workshops (only sharing information needed to make customized products, such as design details or uploaded photos).
Legal compliance: We may disclose your information if required by law, receive court orders, or to fulfill legal obligations and protect the rights, property or safety of us and our customers.
With your consent: We may share your information with third parties if you explicitly agree.
## 4. Protection of Custom Materials
Usage restrictions: Any photos, text or videos you upload for customized products are only used to make your order. We will not use these materials for other purposes unless you otherwise agree (such as for marketing purposes as described in the Terms of Service).
Storage and retention: Uploaded materials are only stored for the period needed to complete the order and perform after-sales obligations (such as handling return or warranty applications). After this period, we will delete or anonymize these materials unless required by law to retain them.
Security: We take reasonable measures to protect the materials you upload from unauthorized access, disclosure or abuse, including the use of secure storage systems and restricting access to relevant materials only to our team and trusted craftsmen.
## 5. Cookies and Tracking Technologies
We use cookies (small text files stored on your device) and similar technologies for:
- Remembering your preferences (such as language, shipping address);
- Tracking website usage to improve services;
- Providing personalized recommendations.
You can adjust your browser settings to refuse cookies, but this may limit some functions of our website. For more details, please refer to our Cookie Policy (available upon request).
## 6. Data Security
We take industry-standard security measures to protect your personal information from unauthorized access, modification, disclosure or destruction. These measures include secure payment processing, encrypted data transmission and restricting access to personal data. However, please note that internet transmission or electronic storage methods are not 100% secure, so we cannot guarantee absolute security.
## 7. Data Retention
We only retain your personal information for the period required for the purposes described in this policy or as required by law. For example:
- Order and contact information will be retained for a reasonable period after your purchase to comply with tax and legal obligations.
- Custom materials are only retained during the order period and after-sales support stage.
- Website usage data will be anonymized or deleted after a reasonable period.
## 8. Your Rights
Depending on your location, you may have the following rights regarding your personal information:
- Right of access: Request a copy of the personal information we hold about you.
- Right of correction: Request us to correct any inaccurate or incomplete information.
- Right of deletion: Request the deletion of your personal information, subject to legal or operational requirements.
- Right to unsubscribe: Unsubscribe from promotional communications by clicking the "unsubscribe" link in the email.
To exercise these rights, please contact us at: {privacy-contact}. We may need to verify your identity before processing your request.
## 9. Third-Party Links
Our website may contain links to third-party websites (such as social media platforms, payment processors). This Privacy Policy does not apply to third-party websites, and we are not responsible for their privacy practices. It is recommended that you review the privacy policies of the third-party websites you visit.
## 10. Changes to This Privacy Policy
We may update this Privacy Policy from time to time. Any changes will be posted on this page, and the "Last Updated" date will be revised accordingly. It is recommended that you review this policy regularly. Continued use of our services after the changes take effect means that you accept the revised policy.
## 11. Contact Us
If you have any questions, concerns or related requests regarding this Privacy Policy, please contact us at: {privacy-contact}.
$policy$, 'PUBLISHED', timestamptz '2026-11-27 00:00:00+00', timestamptz '2026-11-27 00:00:00+00',
        timestamptz '2026-11-27 00:00:00+00');
