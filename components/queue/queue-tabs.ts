/** Queue dashboard tabs and the list query each one runs. */
export type QueueTab = "queue" | "mine" | "awaiting" | "peer" | "in_progress";

export const TABS: Record<QueueTab, { label: string; params: Record<string, string>; empty: string }> = {
  queue: { label: "Queue", params: { status: "triaged,escalated" }, empty: "No consultations are waiting. New ones appear here as soon as they are triaged." },
  mine: {
    label: "My assignments",
    params: { assignedTo: "me", status: "assigned,in_review,prescription_pending,prescription_sent" },
    empty: "You have no open assignments. Accept a consultation from the queue to start.",
  },
  awaiting: { label: "Awaiting patient", params: { assignedTo: "me", status: "requires_info" }, empty: "No patient owes you an answer right now." },
  peer: { label: "Peer reviews", params: { peerReviewer: "me" }, empty: "No peer reviews are waiting for you." },
  in_progress: {
    label: "In progress",
    params: { status: "assigned,in_review,requires_info,requires_peer_review,prescription_pending" },
    empty: "No consultations are being worked on.",
  },
};

export const PROVIDER_TABS: QueueTab[] = ["queue", "mine", "awaiting", "peer"];
export const SUPERVISOR_TABS: QueueTab[] = ["queue", "in_progress"];
