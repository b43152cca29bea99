/**
 * The joint least-squares fit of a rep's rise and return with the breathing riding on the load, and
 * the lattice of ramps it searches.
 */
package org.rollerhub.analytics.internal.breath;
