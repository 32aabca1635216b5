package org.relapseguide.sms;

import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Topic;

/**
 * Composes the text message for a topic: its title, the details, one source link and the footer. Nothing about
 * the caregiver or the patient is ever part of it.
 */
public final class TextMessages {
    private TextMessages() {}

    public static String compose(Topic topic, ContentSet content, String footer) {
        StringBuilder body = new StringBuilder();
        body.append(topic.title()).append('\n').append(topic.text().trim()).append('\n');
        content.primarySource(topic)
                .ifPresent(source -> body.append(source.url()).append('\n'));
        body.append(footer);
        return Gsm7.normalize(body.toString());
    }
}
