package org.relapseguide.content;

/** How Alexa should say a written term (a drug, brand or gene name) that it would otherwise mispronounce. */
public record Pronunciation(String term, String alias) {}
