package nl.opgave.examples.spring;

import java.time.Clock;
import nl.opgave.model.community.Community;
import nl.opgave.model.seed.Opgavebeweging;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Example 2, embedding in a Spring Boot 4 portal: the community's members, calendar, begrippenlijst, poll and chat,
 * the World Café planner and doelenboom validation as REST endpoints, with the state in a database. Run it with
 * {@code java -jar examples/portal-spring/target/opgave-portal.jar} and open http://localhost:8080/.
 */
@SpringBootApplication
public class PortalApplication {
  /** Starts the portal; Spring Boot's arguments apply ({@code --server.port=8081}). */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }

  /** The community whose calendar, begrippenlijst and organisations the portal shows. */
  @Bean
  Community community() {
    return Opgavebeweging.community();
  }

  /** The clock that stamps votes, chat messages and saved plans. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
