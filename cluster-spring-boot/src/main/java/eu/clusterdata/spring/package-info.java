/**
 * Spring Boot 4 auto-configuration: {@link eu.clusterdata.spring.ClusterDataAutoConfiguration} and
 * its {@link eu.clusterdata.spring.ClusterDataProperties}.
 */
package eu.clusterdata.spring;
