// Before any browser test: the facts the tests derive their expectations from.
import { writeFacts } from '../facts.mjs';

export default function globalSetup() {
  writeFacts();
}
