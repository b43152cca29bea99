/** JMH benchmarks. Build with {@code mvn package}, run with {@code java -jar bench/target/roller-bench.jar}. */
package org.rollerhub.bench;
