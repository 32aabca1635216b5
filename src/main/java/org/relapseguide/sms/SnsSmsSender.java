package org.relapseguide.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Texts through Amazon SNS {@code Publish} straight to a phone number (no topic), as a transactional SMS from the
 * configured origination number. SNS accepts a publish to an opted-out number and silently drops it, so callers check
 * {@link #isOptedOut} first. SNS errors, throttling and timeouts become an {@link SmsException} that keeps the cause
 * and whose message carries only the error code, never the number or the text.
 */
public final class SnsSmsSender implements SmsSender {
    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";
    static final String ORIGINATION_NUMBER = "AWS.MM.SMS.OriginationNumber";
    static final String SENDER_ID = "AWS.SNS.SMS.SenderID";
    static final String TRANSACTIONAL = "Transactional";

    private static final Pattern E164_NUMBER = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern ALPHANUMERIC_SENDER_ID = Pattern.compile("[A-Za-z0-9-]{1,11}");

    private final Supplier<SnsClient> sns;
    private final Map<String, MessageAttributeValue> attributes;

    /**
     * @param sns the client, built once
     * @param originationNumber the E.164 toll-free or 10DLC number texts come from (SMS_ORIGINATION_IDENTITY)
     * @param senderId an optional alphanumeric sender id (SMS_SENDER_ID), or null
     * @throws IllegalArgumentException when either is not a form SNS {@code Publish} can take
     */
    public SnsSmsSender(SnsClient sns, String originationNumber, String senderId) {
        this(() -> sns, originationNumber, senderId);
    }

    /**
     * @param sns the client, perhaps still being built in the background: the first text waits for it, and one
     *     that could not be built fails each text as SNS failing would
     */
    public SnsSmsSender(Supplier<SnsClient> sns, String originationNumber, String senderId) {
        if (originationNumber == null || !E164_NUMBER.matcher(originationNumber).matches()) {
            throw new IllegalArgumentException("SMS_ORIGINATION_IDENTITY must be the E.164 origination number texts "
                    + "are sent from (e.g. +18885550100): SNS Publish takes a number, not a pool id or an ARN");
        }
        if (senderId != null && !ALPHANUMERIC_SENDER_ID.matcher(senderId).matches()) {
            throw new IllegalArgumentException("SMS_SENDER_ID must be 1 to 11 letters, digits or hyphens");
        }
        this.sns = sns;
        Map<String, MessageAttributeValue> fixed = new LinkedHashMap<>();
        fixed.put(SMS_TYPE, text(TRANSACTIONAL));
        fixed.put(ORIGINATION_NUMBER, text(originationNumber));
        if (senderId != null) {
            fixed.put(SENDER_ID, text(senderId));
        }
        this.attributes = Map.copyOf(fixed);
    }

    @Override
    public String send(String phoneNumber, String body) throws SmsException {
        try {
            return sns.get()
                    .publish(r -> r.phoneNumber(phoneNumber).message(body).messageAttributes(attributes))
                    .messageId();
        } catch (SdkException | CompletionException e) {
            throw new SmsException("SNS Publish failed: " + describe(e), e);
        }
    }

    @Override
    public boolean isOptedOut(String phoneNumber) throws SmsException {
        try {
            return Boolean.TRUE.equals(sns.get()
                    .checkIfPhoneNumberIsOptedOut(r -> r.phoneNumber(phoneNumber))
                    .isOptedOut());
        } catch (SdkException | CompletionException e) {
            throw new SmsException("SNS CheckIfPhoneNumberIsOptedOut failed: " + describe(e), e);
        }
    }

    // The error code and HTTP status only: an SNS error message can quote the destination number.
    private static String describe(RuntimeException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + " (HTTP " + service.statusCode() + ")";
        }
        if (e instanceof CompletionException notBuilt && notBuilt.getCause() != null) {
            return "the client could not be built: "
                    + notBuilt.getCause().getClass().getSimpleName();
        }
        return e.getClass().getSimpleName();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
