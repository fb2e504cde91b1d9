/**
 * Spring Boot 4 auto-configuration: {@link eu.clusterdata.spring.ClusterDataAutoConfiguration} and
 * its {@link eu.clusterdata.spring.ClusterDataProperties}.
 */
@NullMarked
package eu.clusterdata.spring;

import org.jspecify.annotations.NullMarked;
