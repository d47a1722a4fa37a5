/**
 * schema.org ClaimReview output as plain records. The API layer serialises them to JSON-LD: the
 * {@code context} component becomes {@code @context} and every {@code type} component becomes
 * {@code @type}; null components are left out.
 */
package dev.factcheck.review;
