/** World Café session plans: vraagstukken, tables, rounds, spelregels and harvest. */
@OpgaveStyle
package nl.opgave.model.cafe;

import nl.opgave.model.OpgaveStyle;
