/** The report of a raad for its yearly meeting with the schepen: the data of the PDF and the printable page. */
export interface Jaarverslag {
  raad: { id: string; naam: string };
  /** settled signalen are those closed or withdrawn from this moment on (the last meeting) */
  sinds: string;
  /** when the report was made */
  opgemaaktOp: string;
  open: VerslagSignaal[];
  /** the open signalen with a passed deadline (also in `open`) */
  overschreden: VerslagSignaal[];
  afgerond: VerslagSignaal[];
}

export interface VerslagSignaal {
  id: string;
  titel: string;
  thema: string;
  status: string;
  ingediendOp: string;
  /** names of the diensten it was routed to, except those that sent it back */
  diensten: string[];
  overschredenTermijnen: string[];
  antwoorden: { dienst: string; besluit: string; antwoord: string; op: string; verwachteDatum?: string }[];
  terugkoppelingen: { boodschap: string; definitief: boolean; op: string }[];
  /** set for a duplicate: the title of its main signaal */
  duplicaatVan?: string;
}
