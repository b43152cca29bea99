/**
 * Extension reps from the load: the neutral baseline, the rep state machine, and the placing of a
 * rep's rise, hold and return once it has returned.
 */
package org.rollerhub.analytics.internal.reps;
