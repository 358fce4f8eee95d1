import { normalise } from '../../src/language/normalise';
import { readAnswer } from './yes-no';

// Thanks, "that's all" or an "ok" that ends the exchange, with or without thanks after it.
const THANKS = /^(?:(?:ok|okay|iawn|grand|lovely|great|champion|that's all|that is all|dyna'r cyfan|dyna i gyd|dim byd arall|nothing else|no that's all|na dyna i gyd|na dyna'r cyfan)(?: (?:thanks|thank you|diolch|diolch yn fawr))?|diolch|diolch yn fawr(?: iawn)?|diolch o galon|diolch am eich help|thanks|thank you|thank you very much|thanks a lot|thanks for your help|cheers|ta)$/;

/**
 * The answer to "is there anything else?" after a complaint is filed or stage 2 recorded: 'no'
 * for a bare no ("no", "na", "dim diolch", "no thanks", "nac oes", "naddo"), 'thanks' for thanks
 * or "that's all" alone, 'yes' for a bare yes; null for anything with more in it, which is read as
 * any message is (the next problem told straight away). Bare only: "no, the window is broken too"
 * is a matter of its own. A "no" got the menu and a "diolch" was filed as a compliment with a new
 * reference (trial18).
 */
export function anythingElseAnswer(text: string): 'no' | 'thanks' | 'yes' | null {
  const n = normalise(text).replace(/[\s,.;!?]+$/, '').replace(/[,.!]/g, '').replace(/\s+/g, ' ').trim();
  if (!n) return null;
  if (THANKS.test(n)) return 'thanks';
  const words = n.split(' ');
  if (words.length > 3) return null;
  const read = readAnswer(text);
  if (read.answer === 'no') return 'no';
  if (read.answer === 'yes' && !read.negated && read.clear) return 'yes';
  return null;
}
