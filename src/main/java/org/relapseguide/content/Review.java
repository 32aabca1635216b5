package org.relapseguide.content;

import java.time.LocalDate;

/**
 * A clinician's sign-off of a topic's words: who, when, and a hash of exactly the words they read. It is set only by
 * the sign-off step, and it counts only while the topic still has those words ({@link Topic#signedReview()}): an
 * edit after sign-off voids it, so an old date never vouches for new words.
 *
 * @param by the clinician, as they want to be named (e.g. "Jane Doe, MD, pediatric oncology")
 * @param date the day they signed
 * @param signed the hash of the words signed ({@link Topic#wordsHash()})
 */
public record Review(String by, LocalDate date, String signed) {}
