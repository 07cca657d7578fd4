import type { Hop } from '../api';
import { BESLUIT, fmtDatumTijd, fmtDuur, ROL, TERMIJN } from '../format';
import { useNamen } from '../sessie';

type Namen = ReturnType<typeof useNamen>;

/** One hop of the traject in words. */
export function hopTekst(hop: Hop, namen: Namen): { titel: string; detail?: string } {
  const g = hop.gegevens as Record<string, string | boolean | undefined>;
  const dienst = typeof g.dienstId === 'string' ? namen.dienst(g.dienstId) : 'de dienst';
  switch (hop.type) {
    case 'SignaalIngediend':
      return { titel: 'Ingediend door de raad' };
    case 'VerduidelijkingGevraagd':
      return { titel: 'Verduidelijking gevraagd', detail: String(g.vraag ?? '') };
    case 'VerduidelijkingGegeven':
      return { titel: 'Verduidelijking gegeven', detail: String(g.antwoord ?? '') };
    case 'DoorgestuurdNaarDienst':
      return {
        titel: `Doorgestuurd naar ${dienst}`,
        detail: g.toelichting ? String(g.toelichting) : undefined,
      };
    case 'OpgepaktDoorDienst':
      return { titel: `Opgepakt door ${dienst}` };
    case 'BeantwoordDoorDienst':
      return {
        titel: `Beantwoord door ${dienst}: ${BESLUIT[g.besluit as keyof typeof BESLUIT] ?? g.besluit}`,
        detail: String(g.antwoord ?? ''),
      };
    case 'TeruggestuurdDoorDienst':
      return { titel: `Teruggestuurd door ${dienst}`, detail: `Reden: ${g.reden ?? ''}` };
    case 'TeruggekoppeldAanRaad':
      return {
        titel: g.definitief
          ? 'Definitieve terugkoppeling aan de raad'
          : 'Tussentijdse terugkoppeling aan de raad',
        detail: String(g.boodschap ?? ''),
      };
    case 'SignaalHeropend':
      return { titel: 'Heropend door de raad', detail: `Reden: ${g.reden ?? ''}` };
    case 'SignaalAfgesloten':
      return {
        titel: g.wijze === 'automatisch' ? 'Automatisch afgesloten' : 'Aanvaard en afgesloten door de raad',
      };
    case 'SignaalIngetrokken':
      return { titel: 'Ingetrokken door de raad', detail: g.reden ? `Reden: ${g.reden}` : undefined };
    case 'GekoppeldAlsDuplicaat':
      return { titel: 'Gekoppeld als duplicaat', detail: `Reden: ${g.reden ?? ''}` };
    case 'DuplicaatOntkoppeld':
      return { titel: 'Koppeling als duplicaat ongedaan gemaakt', detail: `Reden: ${g.reden ?? ''}` };
    case 'OpenbaarGemaakt':
      return { titel: 'Openbaar gemaakt voor bewoners' };
    case 'AfgeschermdVoorPubliek':
      return g.door === 'wijkmanager'
        ? { titel: 'Van de publieke pagina gehaald door de wijkmanager', detail: `Reden: ${g.reden ?? ''}` }
        : { titel: 'Niet langer openbaar' };
    case 'TermijnOverschreden':
      return { titel: `Termijn overschreden: ${TERMIJN[String(g.termijn)] ?? g.termijn}` };
    default:
      return { titel: hop.type };
  }
}

/** Who acted, as the API names them: "Dienst Mobiliteit", "Dorpsraad Kermt", "Wijkmanager Oost". */
const actorTekst = ({ actor }: Hop): string => actor.naam ?? ROL[actor.rol] ?? actor.rol;

/** The whole traject: every hop, who, when, and how long since the previous hop. */
export function Tijdlijn({ hops }: { hops: Hop[] }) {
  const namen = useNamen();
  return (
    <ol className="tijdlijn">
      {hops.map((hop) => {
        const { titel, detail } = hopTekst(hop, namen);
        return (
          <li key={hop.positie} className={`hop hop-${hop.type}`}>
            <p className="hop-titel">{titel}</p>
            <p className="hop-meta">
              <span>{actorTekst(hop)}</span>
              <time dateTime={hop.at}>{fmtDatumTijd(hop.at)}</time>
              {hop.duurMs !== null && <span>na {fmtDuur(hop.duurMs)}</span>}
            </p>
            {detail && <p className="hop-detail">{detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}
