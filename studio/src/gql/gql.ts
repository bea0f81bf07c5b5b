/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ManagedAgent on User {\n    id\n    name\n    email\n    role\n    active\n    availability\n    capacity\n    activeConversations\n    lastSeenAt\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.ManagedAgentFragmentDoc,
    "\n  fragment AssignmentSettingsFields on AssignmentSettings {\n    mode\n    defaultCapacity\n    awayAfterSeconds\n    reassignAfterSeconds\n  }\n": typeof types.AssignmentSettingsFieldsFragmentDoc,
    "\n  fragment AwayMessagesFields on AwayMessages {\n    busy\n    closed\n  }\n": typeof types.AwayMessagesFieldsFragmentDoc,
    "\n  query AgentsPage {\n    agents {\n      ...ManagedAgent\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workspace {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n": typeof types.AgentsPageDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...ManagedAgent\n    }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...ManagedAgent\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n": typeof types.DeactivateAgentDocument,
    "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n": typeof types.ReactivateAgentDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.DeleteTeamDocument,
    "\n  mutation UpdateAssignmentSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n      }\n    }\n  }\n": typeof types.UpdateAssignmentSettingsDocument,
    "\n  mutation UpdateAwayMessages($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n": typeof types.UpdateAwayMessagesDocument,
    "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger {\n        trigger\n        count\n      }\n      aiFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      timeToClaimSeconds {\n        p50\n        p90\n        count\n        buckets {\n          label\n          count\n        }\n      }\n      humanFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      resolutionSeconds {\n        p50\n        p90\n        count\n      }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily {\n        date\n        conversations\n        automated\n      }\n      topCitedArticles {\n        title\n        url\n        count\n      }\n      unansweredQuestions {\n        text\n        count\n        lastAskedAt\n      }\n      timeToAssignmentSeconds {\n        p50\n        p90\n        count\n      }\n      assignmentsByAgent {\n        label\n        assignments\n        requeues\n      }\n      assignmentsByTeam {\n        label\n        assignments\n        requeues\n      }\n      queueLength {\n        at\n        waiting\n      }\n      confirmedAutomated\n      answersRatedNotHelpful {\n        answer\n        notHelpful\n        helpful\n        citations {\n          title\n          url\n        }\n        lastRatedAt\n      }\n      csat {\n        overall {\n          average\n          satisfiedRate\n          count\n        }\n        aiOnly {\n          average\n          satisfiedRate\n          count\n        }\n        handedOff {\n          average\n          satisfiedRate\n          count\n        }\n        byAgent {\n          label\n          csat {\n            average\n            satisfiedRate\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardMetricsDocument,
    "\n  mutation SuggestReply($conversationId: ID!) {\n    suggestReply(conversationId: $conversationId) {\n      text\n      confidence\n      question\n      citations {\n        title\n        url\n      }\n    }\n  }\n": typeof types.SuggestReplyDocument,
    "\n  fragment SavedReplyItem on SavedReply {\n    id\n    shortcut\n    title\n    text\n    updatedAt\n  }\n": typeof types.SavedReplyItemFragmentDoc,
    "\n  query SavedReplies($search: String) {\n    savedReplies(search: $search) {\n      ...SavedReplyItem\n    }\n  }\n": typeof types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyItem\n    }\n  }\n": typeof types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyItem\n    }\n  }\n": typeof types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": typeof types.DeleteSavedReplyDocument,
    "\n  query WorkspaceName {\n    workspace {\n      id\n      name\n    }\n  }\n": typeof types.WorkspaceNameDocument,
    "\n  subscription CounterpartPresence($id: ID!) {\n    counterpartPresence(id: $id) {\n      conversationId\n      from\n      kind\n      at\n    }\n  }\n": typeof types.CounterpartPresenceDocument,
    "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      at\n    }\n    customer {\n      email\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.InboxItemFragmentDoc,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation {\n        ...InboxItem\n      }\n    }\n  }\n": typeof types.InboxChangedDocument,
    "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      summary\n      at\n    }\n    customer {\n      sessionId\n      email\n    }\n    customerConnected\n    customerSeenEntryId\n    team {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author {\n        id\n        name\n      }\n      citations {\n        title\n        url\n      }\n    }\n  }\n": typeof types.ThreadFragmentDoc,
    "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author {\n          id\n          name\n        }\n        citations {\n          title\n          url\n        }\n      }\n    }\n  }\n": typeof types.EarlierEntriesDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ConversationUpdatedDocument,
    "\n  query Agents {\n    agents {\n      ...AgentStatus\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ReleaseDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation Reopen($id: ID!) {\n    reopenConversation(id: $id) {\n      ...Thread\n    }\n  }\n": typeof types.ReopenDocument,
    "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) {\n      ...Thread\n    }\n  }\n": typeof types.TransferDocument,
    "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) {\n      ...Thread\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) {\n      ...Thread\n    }\n  }\n": typeof types.NoteDocument,
    "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) {\n      ...Thread\n    }\n  }\n": typeof types.TagDocument,
    "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) {\n      ...Thread\n    }\n  }\n": typeof types.SetPriorityDocument,
    "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n": typeof types.ExportTranscriptDocument,
    "\n  fragment AgentStatus on User {\n    id\n    name\n    role\n    active\n    availability\n    capacity\n    activeConversations\n  }\n": typeof types.AgentStatusFragmentDoc,
    "\n  query MyAvailability {\n    me {\n      id\n      availability\n    }\n  }\n": typeof types.MyAvailabilityDocument,
    "\n  mutation SetAvailability($status: AgentAvailability!) {\n    setAvailability(status: $status) {\n      ...AgentStatus\n    }\n  }\n": typeof types.SetAvailabilityDocument,
    "\n  mutation Heartbeat {\n    heartbeat {\n      ...AgentStatus\n    }\n  }\n": typeof types.HeartbeatDocument,
    "\n  query InboxTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.InboxTeamsDocument,
    "\n  mutation ReportPresence($conversationId: ID!, $kind: PresenceKind!) {\n    reportPresence(conversationId: $conversationId, kind: $kind)\n  }\n": typeof types.ReportPresenceDocument,
    "\n  subscription ConversationPresence($id: ID!) {\n    conversationPresence(id: $id) {\n      conversationId\n      kind\n      at\n      agent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConversationPresenceDocument,
    "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n": typeof types.ArticleSummaryFragmentDoc,
    "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleSummary\n      body\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) {\n      ...ArticleSummary\n      body\n    }\n  }\n": typeof types.UpsertArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": typeof types.DeleteArticleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    note\n  }\n": typeof types.FlowVersionSummaryFragmentDoc,
    "\n  query FlowStudio {\n    workspace {\n      id\n      name\n      publishedFlowVersion\n    }\n    flow {\n      version\n      flow\n    }\n    flowDraft {\n      flow\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n    flowVersions {\n      ...FlowVersionSummary\n    }\n  }\n": typeof types.FlowStudioDocument,
    "\n  query StudioTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.StudioTeamsDocument,
    "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) {\n      version\n      flow\n    }\n  }\n": typeof types.FlowVersionDocument,
    "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      validation {\n        ok\n        issues {\n          severity\n          code\n          message\n          nodeId\n          edgeId\n          path\n        }\n      }\n    }\n  }\n": typeof types.SaveFlowDraftDocument,
    "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) {\n      ...FlowVersionSummary\n    }\n  }\n": typeof types.PublishFlowDocument,
    "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger {\n      trigger\n      count\n    }\n  }\n": typeof types.BacktestTotalsFieldsFragmentDoc,
    "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before {\n        ...BacktestTotalsFields\n      }\n      after {\n        ...BacktestTotalsFields\n      }\n      changed {\n        conversationId\n        verdict\n        actualTrigger\n        actualTurn\n        draftTrigger\n        draftTurn\n        estimated\n      }\n    }\n  }\n": typeof types.BacktestDraftDocument,
};
const documents: Documents = {
    "\n  fragment ManagedAgent on User {\n    id\n    name\n    email\n    role\n    active\n    availability\n    capacity\n    activeConversations\n    lastSeenAt\n    teams {\n      id\n      name\n    }\n  }\n": types.ManagedAgentFragmentDoc,
    "\n  fragment AssignmentSettingsFields on AssignmentSettings {\n    mode\n    defaultCapacity\n    awayAfterSeconds\n    reassignAfterSeconds\n  }\n": types.AssignmentSettingsFieldsFragmentDoc,
    "\n  fragment AwayMessagesFields on AwayMessages {\n    busy\n    closed\n  }\n": types.AwayMessagesFieldsFragmentDoc,
    "\n  query AgentsPage {\n    agents {\n      ...ManagedAgent\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workspace {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n": types.AgentsPageDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...ManagedAgent\n    }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...ManagedAgent\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n": types.DeactivateAgentDocument,
    "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n": types.ReactivateAgentDocument,
    "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameTeamDocument,
    "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.DeleteTeamDocument,
    "\n  mutation UpdateAssignmentSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n      }\n    }\n  }\n": types.UpdateAssignmentSettingsDocument,
    "\n  mutation UpdateAwayMessages($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n": types.UpdateAwayMessagesDocument,
    "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger {\n        trigger\n        count\n      }\n      aiFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      timeToClaimSeconds {\n        p50\n        p90\n        count\n        buckets {\n          label\n          count\n        }\n      }\n      humanFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      resolutionSeconds {\n        p50\n        p90\n        count\n      }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily {\n        date\n        conversations\n        automated\n      }\n      topCitedArticles {\n        title\n        url\n        count\n      }\n      unansweredQuestions {\n        text\n        count\n        lastAskedAt\n      }\n      timeToAssignmentSeconds {\n        p50\n        p90\n        count\n      }\n      assignmentsByAgent {\n        label\n        assignments\n        requeues\n      }\n      assignmentsByTeam {\n        label\n        assignments\n        requeues\n      }\n      queueLength {\n        at\n        waiting\n      }\n      confirmedAutomated\n      answersRatedNotHelpful {\n        answer\n        notHelpful\n        helpful\n        citations {\n          title\n          url\n        }\n        lastRatedAt\n      }\n      csat {\n        overall {\n          average\n          satisfiedRate\n          count\n        }\n        aiOnly {\n          average\n          satisfiedRate\n          count\n        }\n        handedOff {\n          average\n          satisfiedRate\n          count\n        }\n        byAgent {\n          label\n          csat {\n            average\n            satisfiedRate\n            count\n          }\n        }\n      }\n    }\n  }\n": types.DashboardMetricsDocument,
    "\n  mutation SuggestReply($conversationId: ID!) {\n    suggestReply(conversationId: $conversationId) {\n      text\n      confidence\n      question\n      citations {\n        title\n        url\n      }\n    }\n  }\n": types.SuggestReplyDocument,
    "\n  fragment SavedReplyItem on SavedReply {\n    id\n    shortcut\n    title\n    text\n    updatedAt\n  }\n": types.SavedReplyItemFragmentDoc,
    "\n  query SavedReplies($search: String) {\n    savedReplies(search: $search) {\n      ...SavedReplyItem\n    }\n  }\n": types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyItem\n    }\n  }\n": types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyItem\n    }\n  }\n": types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": types.DeleteSavedReplyDocument,
    "\n  query WorkspaceName {\n    workspace {\n      id\n      name\n    }\n  }\n": types.WorkspaceNameDocument,
    "\n  subscription CounterpartPresence($id: ID!) {\n    counterpartPresence(id: $id) {\n      conversationId\n      from\n      kind\n      at\n    }\n  }\n": types.CounterpartPresenceDocument,
    "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      at\n    }\n    customer {\n      email\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.InboxItemFragmentDoc,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation {\n        ...InboxItem\n      }\n    }\n  }\n": types.InboxChangedDocument,
    "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      summary\n      at\n    }\n    customer {\n      sessionId\n      email\n    }\n    customerConnected\n    customerSeenEntryId\n    team {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author {\n        id\n        name\n      }\n      citations {\n        title\n        url\n      }\n    }\n  }\n": types.ThreadFragmentDoc,
    "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author {\n          id\n          name\n        }\n        citations {\n          title\n          url\n        }\n      }\n    }\n  }\n": types.EarlierEntriesDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...Thread\n    }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) {\n      ...Thread\n    }\n  }\n": types.ConversationUpdatedDocument,
    "\n  query Agents {\n    agents {\n      ...AgentStatus\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) {\n      ...Thread\n    }\n  }\n": types.ClaimDocument,
    "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) {\n      ...Thread\n    }\n  }\n": types.ReleaseDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...Thread\n    }\n  }\n": types.ResolveDocument,
    "\n  mutation Reopen($id: ID!) {\n    reopenConversation(id: $id) {\n      ...Thread\n    }\n  }\n": types.ReopenDocument,
    "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) {\n      ...Thread\n    }\n  }\n": types.TransferDocument,
    "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) {\n      ...Thread\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) {\n      ...Thread\n    }\n  }\n": types.NoteDocument,
    "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) {\n      ...Thread\n    }\n  }\n": types.TagDocument,
    "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) {\n      ...Thread\n    }\n  }\n": types.SetPriorityDocument,
    "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n": types.ExportTranscriptDocument,
    "\n  fragment AgentStatus on User {\n    id\n    name\n    role\n    active\n    availability\n    capacity\n    activeConversations\n  }\n": types.AgentStatusFragmentDoc,
    "\n  query MyAvailability {\n    me {\n      id\n      availability\n    }\n  }\n": types.MyAvailabilityDocument,
    "\n  mutation SetAvailability($status: AgentAvailability!) {\n    setAvailability(status: $status) {\n      ...AgentStatus\n    }\n  }\n": types.SetAvailabilityDocument,
    "\n  mutation Heartbeat {\n    heartbeat {\n      ...AgentStatus\n    }\n  }\n": types.HeartbeatDocument,
    "\n  query InboxTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.InboxTeamsDocument,
    "\n  mutation ReportPresence($conversationId: ID!, $kind: PresenceKind!) {\n    reportPresence(conversationId: $conversationId, kind: $kind)\n  }\n": types.ReportPresenceDocument,
    "\n  subscription ConversationPresence($id: ID!) {\n    conversationPresence(id: $id) {\n      conversationId\n      kind\n      at\n      agent {\n        id\n        name\n      }\n    }\n  }\n": types.ConversationPresenceDocument,
    "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n": types.ArticleSummaryFragmentDoc,
    "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleSummary\n      body\n    }\n  }\n": types.ArticleDocument,
    "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) {\n      ...ArticleSummary\n      body\n    }\n  }\n": types.UpsertArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": types.DeleteArticleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    note\n  }\n": types.FlowVersionSummaryFragmentDoc,
    "\n  query FlowStudio {\n    workspace {\n      id\n      name\n      publishedFlowVersion\n    }\n    flow {\n      version\n      flow\n    }\n    flowDraft {\n      flow\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n    flowVersions {\n      ...FlowVersionSummary\n    }\n  }\n": types.FlowStudioDocument,
    "\n  query StudioTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.StudioTeamsDocument,
    "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) {\n      version\n      flow\n    }\n  }\n": types.FlowVersionDocument,
    "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      validation {\n        ok\n        issues {\n          severity\n          code\n          message\n          nodeId\n          edgeId\n          path\n        }\n      }\n    }\n  }\n": types.SaveFlowDraftDocument,
    "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) {\n      ...FlowVersionSummary\n    }\n  }\n": types.PublishFlowDocument,
    "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger {\n      trigger\n      count\n    }\n  }\n": types.BacktestTotalsFieldsFragmentDoc,
    "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before {\n        ...BacktestTotalsFields\n      }\n      after {\n        ...BacktestTotalsFields\n      }\n      changed {\n        conversationId\n        verdict\n        actualTrigger\n        actualTurn\n        draftTrigger\n        draftTurn\n        estimated\n      }\n    }\n  }\n": types.BacktestDraftDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedAgent on User {\n    id\n    name\n    email\n    role\n    active\n    availability\n    capacity\n    activeConversations\n    lastSeenAt\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ManagedAgentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentSettingsFields on AssignmentSettings {\n    mode\n    defaultCapacity\n    awayAfterSeconds\n    reassignAfterSeconds\n  }\n"): typeof import('./graphql').AssignmentSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AwayMessagesFields on AwayMessages {\n    busy\n    closed\n  }\n"): typeof import('./graphql').AwayMessagesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsPage {\n    agents {\n      ...ManagedAgent\n    }\n    teams {\n      id\n      name\n      members {\n        id\n      }\n    }\n    workspace {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      ...ManagedAgent\n    }\n  }\n"): typeof import('./graphql').CreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {\n    updateAgent(id: $id, input: $input) {\n      ...ManagedAgent\n    }\n  }\n"): typeof import('./graphql').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAgent($id: ID!) {\n    deactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n"): typeof import('./graphql').DeactivateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAgent($id: ID!) {\n    reactivateAgent(id: $id) {\n      ...ManagedAgent\n    }\n  }\n"): typeof import('./graphql').ReactivateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTeam($id: ID!, $name: String!) {\n    renameTeam(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): typeof import('./graphql').DeleteTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignmentSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        assignment {\n          ...AssignmentSettingsFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAssignmentSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwayMessages($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      id\n      settings {\n        awayMessages {\n          ...AwayMessagesFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAwayMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMetrics($range: TimeRange!) {\n    metrics(range: $range) {\n      conversations\n      automated\n      automationRate\n      escalated\n      escalationRate\n      escalationsByTrigger {\n        trigger\n        count\n      }\n      aiFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      timeToClaimSeconds {\n        p50\n        p90\n        count\n        buckets {\n          label\n          count\n        }\n      }\n      humanFirstResponseSeconds {\n        p50\n        p90\n        count\n      }\n      resolutionSeconds {\n        p50\n        p90\n        count\n      }\n      volumeByHour\n      volumeByWeekday\n      offHoursShare\n      daily {\n        date\n        conversations\n        automated\n      }\n      topCitedArticles {\n        title\n        url\n        count\n      }\n      unansweredQuestions {\n        text\n        count\n        lastAskedAt\n      }\n      timeToAssignmentSeconds {\n        p50\n        p90\n        count\n      }\n      assignmentsByAgent {\n        label\n        assignments\n        requeues\n      }\n      assignmentsByTeam {\n        label\n        assignments\n        requeues\n      }\n      queueLength {\n        at\n        waiting\n      }\n      confirmedAutomated\n      answersRatedNotHelpful {\n        answer\n        notHelpful\n        helpful\n        citations {\n          title\n          url\n        }\n        lastRatedAt\n      }\n      csat {\n        overall {\n          average\n          satisfiedRate\n          count\n        }\n        aiOnly {\n          average\n          satisfiedRate\n          count\n        }\n        handedOff {\n          average\n          satisfiedRate\n          count\n        }\n        byAgent {\n          label\n          csat {\n            average\n            satisfiedRate\n            count\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestReply($conversationId: ID!) {\n    suggestReply(conversationId: $conversationId) {\n      text\n      confidence\n      question\n      citations {\n        title\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').SuggestReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedReplyItem on SavedReply {\n    id\n    shortcut\n    title\n    text\n    updatedAt\n  }\n"): typeof import('./graphql').SavedReplyItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReplies($search: String) {\n    savedReplies(search: $search) {\n      ...SavedReplyItem\n    }\n  }\n"): typeof import('./graphql').SavedRepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedReply($input: SavedReplyInput!) {\n    createSavedReply(input: $input) {\n      ...SavedReplyItem\n    }\n  }\n"): typeof import('./graphql').CreateSavedReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedReply($id: ID!, $input: SavedReplyInput!) {\n    updateSavedReply(id: $id, input: $input) {\n      ...SavedReplyItem\n    }\n  }\n"): typeof import('./graphql').UpdateSavedReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"): typeof import('./graphql').DeleteSavedReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceName {\n    workspace {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').WorkspaceNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CounterpartPresence($id: ID!) {\n    counterpartPresence(id: $id) {\n      conversationId\n      from\n      kind\n      at\n    }\n  }\n"): typeof import('./graphql').CounterpartPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxItem on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    lastMessageAt\n    lastMessagePreview\n    createdAt\n    updatedAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      at\n    }\n    customer {\n      email\n    }\n    team {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').InboxItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxChanged {\n    inboxChanged {\n      changes\n      conversation {\n        ...InboxItem\n      }\n    }\n  }\n"): typeof import('./graphql').InboxChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Thread on Conversation {\n    id\n    status\n    priority\n    flowVersion\n    tags\n    waitingSince\n    createdAt\n    assignee {\n      id\n      name\n    }\n    escalation {\n      reason\n      reasonText\n      trigger\n      triggerLabel\n      summary\n      at\n    }\n    customer {\n      sessionId\n      email\n    }\n    customerConnected\n    customerSeenEntryId\n    team {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      kind\n      text\n      confidence\n      author {\n        id\n        name\n      }\n      citations {\n        title\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierEntries($id: ID!, $before: ID!) {\n    conversation(id: $id) {\n      id\n      timeline(before: $before) {\n        id\n        at\n        kind\n        text\n        confidence\n        author {\n          id\n          name\n        }\n        citations {\n          title\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EarlierEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdated($id: ID!) {\n    conversationUpdated(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ConversationUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents {\n      ...AgentStatus\n    }\n  }\n"): typeof import('./graphql').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Claim($id: ID!) {\n    claimConversation(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Release($id: ID!) {\n    releaseConversation(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reopen($id: ID!) {\n    reopenConversation(id: $id) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transfer($id: ID!, $toAgentId: ID!) {\n    transferConversation(id: $id, toAgentId: $toAgentId) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').TransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($conversationId: ID!, $text: String!, $clientMessageId: ID!) {\n    sendAgentMessage(conversationId: $conversationId, text: $text, clientMessageId: $clientMessageId) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Note($conversationId: ID!, $text: String!, $clientNoteId: ID) {\n    addNote(conversationId: $conversationId, text: $text, clientNoteId: $clientNoteId) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').NoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Tag($id: ID!, $tags: [String!]!) {\n    tagConversation(id: $id, tags: $tags) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').TagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriority($id: ID!, $priority: Priority!) {\n    setPriority(id: $id, priority: $priority) {\n      ...Thread\n    }\n  }\n"): typeof import('./graphql').SetPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportTranscript($id: ID!) {\n    exportConversation(id: $id, format: TEXT)\n  }\n"): typeof import('./graphql').ExportTranscriptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentStatus on User {\n    id\n    name\n    role\n    active\n    availability\n    capacity\n    activeConversations\n  }\n"): typeof import('./graphql').AgentStatusFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAvailability {\n    me {\n      id\n      availability\n    }\n  }\n"): typeof import('./graphql').MyAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvailability($status: AgentAvailability!) {\n    setAvailability(status: $status) {\n      ...AgentStatus\n    }\n  }\n"): typeof import('./graphql').SetAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat {\n    heartbeat {\n      ...AgentStatus\n    }\n  }\n"): typeof import('./graphql').HeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').InboxTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPresence($conversationId: ID!, $kind: PresenceKind!) {\n    reportPresence(conversationId: $conversationId, kind: $kind)\n  }\n"): typeof import('./graphql').ReportPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationPresence($id: ID!) {\n    conversationPresence(id: $id) {\n      conversationId\n      kind\n      at\n      agent {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConversationPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleSummary on Article {\n    id\n    title\n    url\n    tags\n    format\n    updatedAt\n  }\n"): typeof import('./graphql').ArticleSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($search: String, $first: Int, $after: String) {\n    articles(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleSummary\n      body\n    }\n  }\n"): typeof import('./graphql').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertArticle($input: ArticleInput!) {\n    upsertArticle(input: $input) {\n      ...ArticleSummary\n      body\n    }\n  }\n"): typeof import('./graphql').UpsertArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"): typeof import('./graphql').DeleteArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n"): typeof import('./graphql').CurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlowVersionSummary on FlowVersion {\n    version\n    publishedAt\n    publishedBy {\n      id\n      name\n    }\n    note\n  }\n"): typeof import('./graphql').FlowVersionSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowStudio {\n    workspace {\n      id\n      name\n      publishedFlowVersion\n    }\n    flow {\n      version\n      flow\n    }\n    flowDraft {\n      flow\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n    flowVersions {\n      ...FlowVersionSummary\n    }\n  }\n"): typeof import('./graphql').FlowStudioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StudioTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowVersion($version: Int!) {\n    flow(version: $version) {\n      version\n      flow\n    }\n  }\n"): typeof import('./graphql').FlowVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFlowDraft($flow: JSON!) {\n    saveFlowDraft(flow: $flow) {\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      validation {\n        ok\n        issues {\n          severity\n          code\n          message\n          nodeId\n          edgeId\n          path\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SaveFlowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFlow($flow: JSON, $note: String) {\n    publishFlow(flow: $flow, note: $note) {\n      ...FlowVersionSummary\n    }\n  }\n"): typeof import('./graphql').PublishFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BacktestTotalsFields on BacktestTotals {\n    conversations\n    automationRate\n    escalationsByTrigger {\n      trigger\n      count\n    }\n  }\n"): typeof import('./graphql').BacktestTotalsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BacktestDraft($flow: JSON!, $since: String, $limit: Int) {\n    backtestFlow(flow: $flow, since: $since, limit: $limit) {\n      conversations\n      durationMs\n      before {\n        ...BacktestTotalsFields\n      }\n      after {\n        ...BacktestTotalsFields\n      }\n      changed {\n        conversationId\n        verdict\n        actualTrigger\n        actualTurn\n        draftTrigger\n        draftTurn\n        estimated\n      }\n    }\n  }\n"): typeof import('./graphql').BacktestDraftDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
