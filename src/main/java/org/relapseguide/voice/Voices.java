package org.relapseguide.voice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Locales;
import org.relapseguide.understanding.Language;
import org.relapseguide.understanding.Understander;

/**
 * Gives each request the voice of its locale. Phrases and language resources load once per locale; the SSML renderer
 * and the understanding of questions are rebuilt only when the content changes, so a warm request does no set-up work.
 */
public final class Voices {

    private final ContentRepository content;
    private final boolean texting;
    private final Map<String, Speech> speechByLocale = new ConcurrentHashMap<>();
    private final Map<String, Voice> voiceByLocale = new ConcurrentHashMap<>();
    private final Map<String, Language> languageByLocale = new ConcurrentHashMap<>();

    /**
     * @param texting whether this deployment can send texts; when it cannot, no reply offers one
     */
    public Voices(ContentRepository content, boolean texting) {
        this.content = content;
        this.texting = texting;
    }

    public Voice forRequest(HandlerInput input) {
        String requested = input.getRequestEnvelope().getRequest() == null
                ? null
                : input.getRequestEnvelope().getRequest().getLocale();
        return forLocale(requested);
    }

    /** A locale's phrases, loaded once: the exception handler takes the default locale's at start-up. */
    public Speech speech(String locale) {
        return speechByLocale.computeIfAbsent(locale, Speech::load);
    }

    public Voice forLocale(String requested) {
        ContentSet current = content.content(requested);
        String locale = current.locale() == null ? Locales.DEFAULT : current.locale();
        Voice cached = voiceByLocale.get(locale);
        if (cached != null && cached.content() == current) {
            return cached;
        }
        Voice fresh = new Voice(
                current,
                speech(locale),
                new Ssml(current.pronunciations()),
                texting,
                // A topic Alexa resolved by its name needs no understander: a cold start that answers one does not
                // build it (EmergencyHandler).
                new Once<>(() -> new Understander(current, languageByLocale.computeIfAbsent(locale, Language::load))));
        voiceByLocale.put(locale, fresh);
        return fresh;
    }
}
