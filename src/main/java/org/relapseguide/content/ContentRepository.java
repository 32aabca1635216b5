package org.relapseguide.content;

/** Where the skill's answers come from. */
public interface ContentRepository {

    /**
     * Returns the content for a locale, falling back to the default locale when it has none.
     *
     * @param locale an Alexa locale such as {@code en-US}; null or unknown means the default
     * @return the content to answer from; never null, so a caregiver always hears an answer
     */
    ContentSet content(String locale);

    /**
     * Forgets what was read, so the next request reads the content again: a SnapStart restore may come days after
     * its snapshot. Content that cannot change (the bundled file) has nothing to forget.
     */
    default void expire() {}
}
