package org.relapseguide.content;

/** A publication an answer is written from, cited by its id in the content file. */
public record Source(String id, String title, String url) {}
