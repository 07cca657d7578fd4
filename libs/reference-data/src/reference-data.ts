import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The reference data's shapes are also the API's (GET /api/raden, /api/diensten, ...).

/** `email`: where notifications go (demo addresses @example.org in the demo set); optional. */
export class Wijkmanager {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiPropertyOptional() email?: string;
}
export class Raad {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ['dorpsraad', 'wijkraad'] }) soort!: 'dorpsraad' | 'wijkraad';
  @ApiProperty() gebied!: string;
  @ApiProperty({ description: 'id van de wijkmanager' }) wijkmanager!: string;
  /** the raad's contact address */
  @ApiPropertyOptional() email?: string;
}
export class Dienst {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ['stadsdienst', 'extern'] }) soort!: 'stadsdienst' | 'extern';
  /** the dienst's functional mailbox */
  @ApiPropertyOptional() email?: string;
}
export class Thema {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}
export interface ReferenceDataSet {
  demo: boolean;
  beschrijving?: string;
  wijkmanagers: Wijkmanager[];
  raden: Raad[];
  diensten: Dienst[];
  themas: Thema[];
}

export class ReferentieFout extends Error {
  readonly code = 'ONGELDIGE_REFERENTIEDATA';
  readonly kind = 'invalid' as const;
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ReferentieFout';
  }
}

const LISTS = ['wijkmanagers', 'raden', 'diensten', 'themas'] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const WITH_EMAIL = ['wijkmanagers', 'raden', 'diensten'] as const;

/** Checks a reference data file: every list present, ids well-formed and unique, references resolve. */
export function parseReferenceData(input: unknown): ReferenceDataSet {
  if (typeof input !== 'object' || input === null) throw new ReferentieFout('verwacht een JSON-object', '$');
  const set = input as Record<string, unknown>;
  for (const list of LISTS) {
    const items = set[list];
    if (!Array.isArray(items) || items.length === 0)
      throw new ReferentieFout('verwacht een niet-lege lijst', list);
    const seen = new Set<string>();
    items.forEach((item: Record<string, unknown>, i) => {
      if (typeof item?.id !== 'string' || !ID.test(item.id)) {
        throw new ReferentieFout(
          'id moet uit kleine letters, cijfers en koppeltekens bestaan',
          `${list}[${i}].id`,
        );
      }
      if (typeof item.naam !== 'string' || item.naam.trim() === '') {
        throw new ReferentieFout('naam ontbreekt', `${list}[${i}].naam`);
      }
      if (seen.has(item.id)) throw new ReferentieFout(`dubbel id "${item.id}"`, `${list}[${i}].id`);
      const email = item.email;
      if (
        email !== undefined &&
        (!WITH_EMAIL.some((l) => l === list) || typeof email !== 'string' || !EMAIL.test(email))
      ) {
        throw new ReferentieFout('geen geldig e-mailadres', `${list}[${i}].email`);
      }
      seen.add(item.id);
    });
  }
  const wijkmanagers = new Set((set.wijkmanagers as Wijkmanager[]).map((w) => w.id));
  (set.raden as Raad[]).forEach((raad, i) => {
    if (!wijkmanagers.has(raad.wijkmanager)) {
      throw new ReferentieFout(`onbekende wijkmanager "${raad.wijkmanager}"`, `raden[${i}].wijkmanager`);
    }
    if (raad.soort !== 'dorpsraad' && raad.soort !== 'wijkraad') {
      throw new ReferentieFout('soort moet dorpsraad of wijkraad zijn', `raden[${i}].soort`);
    }
  });
  (set.diensten as Dienst[]).forEach((dienst, i) => {
    if (dienst.soort !== 'stadsdienst' && dienst.soort !== 'extern') {
      throw new ReferentieFout('soort moet stadsdienst of extern zijn', `diensten[${i}].soort`);
    }
  });
  return {
    demo: set.demo === true,
    beschrijving: typeof set.beschrijving === 'string' ? set.beschrijving : undefined,
    wijkmanagers: set.wijkmanagers as Wijkmanager[],
    raden: set.raden as Raad[],
    diensten: set.diensten as Dienst[],
    themas: set.themas as Thema[],
  };
}

/** Lookups over one loaded data set. */
export class ReferenceData {
  private readonly raden: Map<string, Raad>;
  private readonly diensten: Map<string, Dienst>;
  private readonly themas: Map<string, Thema>;
  private readonly wijkmanagers: Map<string, Wijkmanager>;

  constructor(readonly set: ReferenceDataSet) {
    this.raden = new Map(set.raden.map((r) => [r.id, r]));
    this.diensten = new Map(set.diensten.map((d) => [d.id, d]));
    this.themas = new Map(set.themas.map((t) => [t.id, t]));
    this.wijkmanagers = new Map(set.wijkmanagers.map((w) => [w.id, w]));
  }

  raad(id: string): Raad | undefined {
    return this.raden.get(id);
  }
  dienst(id: string): Dienst | undefined {
    return this.diensten.get(id);
  }
  thema(id: string): Thema | undefined {
    return this.themas.get(id);
  }
  wijkmanager(id: string): Wijkmanager | undefined {
    return this.wijkmanagers.get(id);
  }
  radenVan(wijkmanagerId: string): string[] {
    return this.set.raden.filter((r) => r.wijkmanager === wijkmanagerId).map((r) => r.id);
  }
}
