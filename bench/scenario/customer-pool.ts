import { WidgetCustomer } from '../client/widget-customer';
import { questionsFor } from './customer-questions';

/**
 * Hands out customers for sequential sampling. A customer asks a few questions and then a fresh
 * one takes over: the demo workspace allows 60 messages a minute per widget session, and real
 * customers ask a handful of questions, not hundreds.
 */
export class CustomerPool {
  private current: { customer: WidgetCustomer; nextQuestion: () => string; asked: number } | undefined;
  private created = 0;
  readonly all: WidgetCustomer[] = [];

  constructor(
    private readonly url: string,
    private readonly label: string,
    private readonly questionsPerCustomer: number,
    private readonly firstIndex = 0,
  ) {}

  /** The customer to ask next, whether this is its first message (which starts its conversation), and the question. */
  async next(): Promise<{ customer: WidgetCustomer; question: string; first: boolean }> {
    if (!this.current || this.current.asked >= this.questionsPerCustomer) {
      this.current?.customer.close();
      const index = this.firstIndex + this.created++;
      const customer = await WidgetCustomer.start(this.url, `${this.label}${index}`);
      this.all.push(customer);
      this.current = { customer, nextQuestion: questionsFor(index), asked: 0 };
    }
    this.current.asked += 1;
    return { customer: this.current.customer, question: this.current.nextQuestion(), first: this.current.asked === 1 };
  }

  /** The current customer's conversation left the AI (it escalated): the next question goes to a fresh customer. */
  retireCurrent(): void {
    if (this.current) this.current.asked = this.questionsPerCustomer;
  }

  close(): void {
    this.current?.customer.close();
  }
}
