import { graphql } from '../../gql';

export const DashboardMetricsQuery = graphql(`
  query DashboardMetrics($range: TimeRange!) {
    metrics(range: $range) {
      conversations
      automated
      automationRate
      escalated
      escalationRate
      escalationsByTrigger {
        trigger
        count
      }
      aiFirstResponseSeconds {
        p50
        p90
        count
      }
      timeToClaimSeconds {
        p50
        p90
        count
        buckets {
          label
          count
        }
      }
      humanFirstResponseSeconds {
        p50
        p90
        count
      }
      resolutionSeconds {
        p50
        p90
        count
      }
      volumeByHour
      volumeByWeekday
      offHoursShare
      daily {
        date
        conversations
        automated
      }
      topCitedArticles {
        title
        url
        count
      }
      unansweredQuestions {
        text
        count
        lastAskedAt
      }
      timeToAssignmentSeconds {
        p50
        p90
        count
      }
      assignmentsByAgent {
        label
        assignments
        requeues
      }
      assignmentsByTeam {
        label
        assignments
        requeues
      }
      queueLength {
        at
        waiting
      }
      confirmedAutomated
      answersRatedNotHelpful {
        answer
        notHelpful
        helpful
        citations {
          title
          url
        }
        lastRatedAt
      }
      csat {
        overall {
          average
          satisfiedRate
          count
        }
        aiOnly {
          average
          satisfiedRate
          count
        }
        handedOff {
          average
          satisfiedRate
          count
        }
        byAgent {
          label
          csat {
            average
            satisfiedRate
            count
          }
        }
      }
    }
  }
`);
