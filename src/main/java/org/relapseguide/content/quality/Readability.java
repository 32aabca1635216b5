package org.relapseguide.content.quality;

/** A readability formula for spoken text in one language; each scale says whether higher is easier. */
public interface Readability {
    /** The text's score on the formula's own scale. */
    double score(String text);
}
