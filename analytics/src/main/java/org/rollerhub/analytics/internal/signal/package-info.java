/**
 * Signal plumbing that knows nothing of rollers: rings of timed values, recent-state snapshots,
 * order statistics, the raised-cosine ramp shape, and the merge of two sample streams back into
 * one time order.
 */
package org.rollerhub.analytics.internal.signal;
