/**
 * Where the contact is on the back: the roller's rotation from gyro and gravity (bias learning,
 * rest-to-rest fusion, the accelerometer bias from the gravity circle, each rest's averaged
 * gravity), the contact position and its level on the spine map, and segment shifts between rests.
 */
package org.rollerhub.analytics.internal.position;
