/** The demo supplier's catalog: industrial MRO supplies (maintenance, repair, operations). */

export type CategorySeed = { slug: string; name: string; description: string };

export const CATEGORIES: CategorySeed[] = [
  { slug: "fasteners", name: "Fasteners", description: "Bolts, screws, nuts, washers and anchors in steel and stainless." },
  { slug: "bearings", name: "Bearings & Power Transmission", description: "Ball bearings, V-belts, roller chain and sprockets." },
  { slug: "hydraulics", name: "Hydraulics", description: "Hoses, fittings, hydraulic oils and return-line filters." },
  { slug: "pneumatics", name: "Pneumatics", description: "Push-in fittings, tubing, cylinders, valves and air preparation." },
  { slug: "electrical", name: "Electrical", description: "Circuit protection, contactors, terminals, cable and lighting." },
  { slug: "safety", name: "Safety & PPE", description: "Gloves, eye and ear protection, hi-vis clothing and first aid." },
  { slug: "tools", name: "Tools", description: "Drill bits, abrasives, torque tools and measuring equipment." },
  { slug: "lubricants", name: "Lubricants & Chemicals", description: "Greases, cutting fluids, threadlockers and degreasers." },
  { slug: "packaging", name: "Packaging & Shipping", description: "Cartons, stretch film, tape and labels." },
  { slug: "cleaning", name: "Cleaning & Spill Control", description: "Absorbents, spill kits, wipes and industrial cleaners." },
];

export type ProductSeed = {
  sku: string;
  name: string;
  description: string;
  category: string;
  unit: string;
  listPriceCents: number;
  costRatio: number;
};

type Family = {
  category: string;
  code: string;
  name: (v: string[]) => string;
  description: string;
  unit: string;
  /** Each axis is a list of [label, sku part, price factor]. */
  axes: [string, string, number][][];
  basePriceCents: number;
};

const metric = (sizes: string[]): [string, string, number][] =>
  sizes.map((s, i) => [s, s.replace(/[^A-Za-z0-9]/g, ""), 1 + i * 0.35]);

const FAMILIES: Family[] = [
  {
    category: "fasteners",
    code: "HB",
    name: ([size, mat]) => `Hex Bolt ${size}, ${mat}`,
    description: "Fully threaded hex head bolt to ISO 4017, for general structural and machine assembly.",
    unit: "box of 100",
    axes: [metric(["M6x20", "M8x25", "M8x40", "M10x40", "M12x50", "M12x80", "M16x60", "M20x80"]), [["zinc-plated steel 8.8", "ZP", 1], ["stainless A2-70", "A2", 2.1], ["stainless A4-80", "A4", 3.2]]],
    basePriceCents: 1450,
  },
  {
    category: "fasteners",
    code: "SC",
    name: ([size, mat]) => `Socket Cap Screw ${size}, ${mat}`,
    description: "Hexagon socket head cap screw to ISO 4762 for high-strength joints in tight spaces.",
    unit: "box of 100",
    axes: [metric(["M4x12", "M5x16", "M6x20", "M8x30", "M10x35"]), [["black oxide 12.9", "BO", 1], ["stainless A2-70", "A2", 1.9]]],
    basePriceCents: 1190,
  },
  {
    category: "fasteners",
    code: "NUT",
    name: ([size, mat]) => `Nylon Insert Lock Nut ${size}, ${mat}`,
    description: "Prevailing-torque lock nut to ISO 10511 that resists loosening under vibration.",
    unit: "box of 200",
    axes: [metric(["M6", "M8", "M10", "M12", "M16"]), [["zinc-plated", "ZP", 1], ["stainless A2", "A2", 2.3]]],
    basePriceCents: 890,
  },
  {
    category: "fasteners",
    code: "ANC",
    name: ([size]) => `Wedge Anchor ${size}, zinc-plated`,
    description: "Torque-controlled expansion anchor for cracked and uncracked concrete; ETA approved.",
    unit: "box of 50",
    axes: [metric(["M8x75", "M10x90", "M12x110", "M16x145"])],
    basePriceCents: 2490,
  },
  {
    category: "bearings",
    code: "DGB",
    name: ([size, seal]) => `Deep Groove Ball Bearing ${size}-${seal}`,
    description: "Single-row deep groove ball bearing, C3 clearance, pre-lubricated with lithium grease.",
    unit: "each",
    axes: [metric(["6201", "6202", "6203", "6204", "6205", "6206", "6207", "6208", "6209", "6210", "6305", "6306", "6308"]), [["2RS", "2RS", 1], ["ZZ", "ZZ", 0.92]]],
    basePriceCents: 690,
  },
  {
    category: "bearings",
    code: "VB",
    name: ([size]) => `Classical V-Belt ${size}`,
    description: "Wrapped classical V-belt, oil and heat resistant, for industrial drives.",
    unit: "each",
    axes: [metric(["A38", "A42", "A50", "B48", "B60", "B75"])],
    basePriceCents: 1280,
  },
  {
    category: "bearings",
    code: "RC",
    name: ([size]) => `Roller Chain ${size}, 5 m`,
    description: "Simplex roller chain to ISO 606 with connecting link, 5 metre box.",
    unit: "box",
    axes: [metric(["06B-1", "08B-1", "10B-1", "12B-1"])],
    basePriceCents: 5400,
  },
  {
    category: "hydraulics",
    code: "HH",
    name: ([size, grade]) => `Hydraulic Hose ${size}, ${grade}`,
    description: "Wire-braided hydraulic hose for mineral oil systems, -40 °C to +100 °C. Sold per metre.",
    unit: "m",
    axes: [[["1/4\"", "04", 1], ["3/8\"", "06", 1.3], ["1/2\"", "08", 1.7], ["3/4\"", "12", 2.6], ["1\"", "16", 3.4]], [["2SN", "2SN", 1], ["4SP", "4SP", 1.8]]],
    basePriceCents: 760,
  },
  {
    category: "hydraulics",
    code: "HF",
    name: ([size, type]) => `Hydraulic Fitting ${type} ${size}`,
    description: "Zinc-nickel plated steel fitting, crimp style, for two-wire hose.",
    unit: "each",
    axes: [[["1/4\"", "04", 1], ["3/8\"", "06", 1.2], ["1/2\"", "08", 1.5], ["3/4\"", "12", 2.1]], [["JIC female swivel", "JIC", 1], ["NPT male", "NPT", 0.9], ["BSP female", "BSP", 1.05]]],
    basePriceCents: 540,
  },
  {
    category: "hydraulics",
    code: "HO",
    name: ([grade]) => `Hydraulic Oil ${grade}, 20 L`,
    description: "Anti-wear mineral hydraulic oil (HLP) with high oxidation stability, 20 litre pail.",
    unit: "pail",
    axes: [[["ISO VG 32", "32", 1], ["ISO VG 46", "46", 1], ["ISO VG 68", "68", 1.04]]],
    basePriceCents: 8900,
  },
  {
    category: "hydraulics",
    code: "RF",
    name: ([rating]) => `Return-Line Filter Element ${rating}`,
    description: "Glass-fibre return-line filter element, beta ratio ≥ 200, with bypass indicator port.",
    unit: "each",
    axes: [[["10 µm", "10", 1], ["25 µm", "25", 0.9]], [["160 l/min", "160", 1], ["250 l/min", "250", 1.35]]],
    basePriceCents: 4200,
  },
  {
    category: "pneumatics",
    code: "PF",
    name: ([size, shape]) => `Push-in Fitting ${shape} ${size}`,
    description: "Nickel-plated brass push-in fitting with NBR seal for polyurethane and nylon tubing.",
    unit: "pack of 10",
    axes: [metric(["4mm", "6mm", "8mm", "10mm", "12mm"]), [["straight", "S", 1], ["elbow", "L", 1.2], ["tee", "T", 1.45]]],
    basePriceCents: 1650,
  },
  {
    category: "pneumatics",
    code: "PT",
    name: ([size, colour]) => `Polyurethane Tubing ${size}, ${colour}, 25 m`,
    description: "Flexible PU tubing for compressed air up to 10 bar, kink resistant, 25 m roll.",
    unit: "roll",
    axes: [metric(["6x4", "8x6", "10x8", "12x9"]), [["blue", "BL", 1], ["black", "BK", 1]]],
    basePriceCents: 2900,
  },
  {
    category: "pneumatics",
    code: "CYL",
    name: ([bore, stroke]) => `ISO 6432 Round Cylinder Ø${bore} × ${stroke}`,
    description: "Double-acting stainless round cylinder with magnetic piston and adjustable cushioning.",
    unit: "each",
    axes: [[["16", "16", 1], ["20", "20", 1.15], ["25", "25", 1.35]], [["50 mm", "50", 1], ["100 mm", "100", 1.12], ["160 mm", "160", 1.25]]],
    basePriceCents: 4700,
  },
  {
    category: "pneumatics",
    code: "FRL",
    name: ([port]) => `Filter-Regulator-Lubricator ${port}`,
    description: "Modular air preparation unit: 5 µm filter, 0.5–10 bar regulator with gauge, oil-mist lubricator.",
    unit: "each",
    axes: [[["G1/4", "14", 1], ["G3/8", "38", 1.2], ["G1/2", "12", 1.45]]],
    basePriceCents: 11900,
  },
  {
    category: "electrical",
    code: "MCB",
    name: ([rating, curve]) => `Miniature Circuit Breaker 1P ${rating} ${curve}`,
    description: "DIN-rail miniature circuit breaker, 10 kA breaking capacity, IEC 60898-1.",
    unit: "each",
    axes: [[["6 A", "06", 1], ["10 A", "10", 1], ["16 A", "16", 1], ["20 A", "20", 1.05], ["25 A", "25", 1.1], ["32 A", "32", 1.15], ["40 A", "40", 1.3]], [["C-curve", "C", 1], ["B-curve", "B", 1]]],
    basePriceCents: 890,
  },
  {
    category: "electrical",
    code: "CT",
    name: ([rating]) => `Contactor 3P ${rating}, 24 V DC coil`,
    description: "Three-pole power contactor with one auxiliary NO contact, AC-3 rated.",
    unit: "each",
    axes: [[["9 A", "09", 1], ["12 A", "12", 1.1], ["18 A", "18", 1.35], ["25 A", "25", 1.7], ["32 A", "32", 2.1]]],
    basePriceCents: 3900,
  },
  {
    category: "electrical",
    code: "TB",
    name: ([size]) => `Feed-through Terminal Block ${size}`,
    description: "Screw-clamp DIN-rail terminal block, grey, UL and IEC approved.",
    unit: "pack of 50",
    axes: [[["2.5 mm²", "25", 1], ["4 mm²", "4", 1.25], ["6 mm²", "6", 1.6], ["10 mm²", "10", 2.2]]],
    basePriceCents: 2450,
  },
  {
    category: "electrical",
    code: "CZ",
    name: ([size, colour]) => `Cable Ties ${size}, ${colour}`,
    description: "UV-stabilised nylon 6.6 cable ties for indoor and outdoor bundling.",
    unit: "bag of 100",
    axes: [[["2.5 × 100 mm", "100", 1], ["3.6 × 200 mm", "200", 1.6], ["4.8 × 300 mm", "300", 2.4], ["7.6 × 450 mm", "450", 4.1]], [["black", "BK", 1], ["natural", "NT", 0.95]]],
    basePriceCents: 320,
  },
  {
    category: "electrical",
    code: "LED",
    name: ([size]) => `LED Batten ${size}, IP65`,
    description: "Vapour-tight LED batten for workshops and warehouses, 4000 K, 140 lm/W.",
    unit: "each",
    axes: [[["600 mm 20 W", "06", 1], ["1200 mm 36 W", "12", 1.45], ["1500 mm 48 W", "15", 1.8]]],
    basePriceCents: 3600,
  },
  {
    category: "safety",
    code: "GLN",
    name: ([size]) => `Nitrile Disposable Gloves, size ${size}`,
    description: "Powder-free 4 mil nitrile gloves, food safe, EN 374 chemical splash protection.",
    unit: "box of 100",
    axes: [[["S", "S", 1], ["M", "M", 1], ["L", "L", 1], ["XL", "XL", 1.05]]],
    basePriceCents: 1090,
  },
  {
    category: "safety",
    code: "GLC",
    name: ([size, level]) => `Cut-Resistant Gloves ${level}, size ${size}`,
    description: "HPPE-knit gloves with polyurethane palm coating, EN 388 certified.",
    unit: "pack of 12 pairs",
    axes: [[["8", "8", 1], ["9", "9", 1], ["10", "10", 1]], [["level B", "B", 1], ["level D", "D", 1.45]]],
    basePriceCents: 4200,
  },
  {
    category: "safety",
    code: "EYE",
    name: ([lens]) => `Safety Glasses, ${lens} lens`,
    description: "Wraparound safety spectacles with anti-fog, anti-scratch coating, EN 166 1F.",
    unit: "pack of 10",
    axes: [[["clear", "CL", 1], ["smoke", "SM", 1.05], ["amber", "AM", 1.05], ["indoor/outdoor", "IO", 1.15]]],
    basePriceCents: 3400,
  },
  {
    category: "safety",
    code: "EAR",
    name: ([kind]) => `Foam Ear Plugs, ${kind}`,
    description: "Tapered polyurethane foam ear plugs, SNR 37 dB, individually wrapped pairs.",
    unit: "box of 200 pairs",
    axes: [[["uncorded", "U", 1], ["corded", "C", 1.6]]],
    basePriceCents: 2600,
  },
  {
    category: "safety",
    code: "HV",
    name: ([size, colour]) => `Hi-Vis Vest ${colour}, size ${size}`,
    description: "Class 2 high-visibility vest with reflective tape and ID pocket, EN ISO 20471.",
    unit: "each",
    axes: [[["M", "M", 1], ["L", "L", 1], ["XL", "XL", 1], ["XXL", "XXL", 1.05]], [["yellow", "Y", 1], ["orange", "O", 1]]],
    basePriceCents: 690,
  },
  {
    category: "safety",
    code: "FAK",
    name: ([size]) => `Workplace First Aid Kit, ${size}`,
    description: "Wall-mountable first aid kit to ANSI Z308.1-2021 Class A, refillable.",
    unit: "each",
    axes: [[["10 person", "10", 1], ["25 person", "25", 1.6], ["50 person", "50", 2.5]]],
    basePriceCents: 3900,
  },
  {
    category: "tools",
    code: "DB",
    name: ([kind]) => `HSS-Co Drill Bit Set, ${kind}`,
    description: "Cobalt high-speed steel twist drills, 135° split point, in a metal index case.",
    unit: "set",
    axes: [[["1–10 mm, 19 pc", "19", 1], ["1–13 mm, 25 pc", "25", 1.5], ["imperial 1/16–1/2\", 29 pc", "29", 1.7]]],
    basePriceCents: 5900,
  },
  {
    category: "tools",
    code: "CD",
    name: ([size]) => `Cutting Disc ${size}, inox`,
    description: "Thin aluminium-oxide cutting disc for stainless and steel, iron and sulphur free.",
    unit: "pack of 25",
    axes: [[["115 × 1.0 mm", "115", 1], ["125 × 1.0 mm", "125", 1.1], ["230 × 1.9 mm", "230", 2.4]]],
    basePriceCents: 2350,
  },
  {
    category: "tools",
    code: "TW",
    name: ([range]) => `Click Torque Wrench ${range}`,
    description: "Reversible ratchet-head click torque wrench, ±4 % accuracy, calibration certificate included.",
    unit: "each",
    axes: [[["5–25 Nm, 1/4\"", "25", 1], ["20–100 Nm, 3/8\"", "100", 1.3], ["40–200 Nm, 1/2\"", "200", 1.6], ["60–340 Nm, 1/2\"", "340", 2.1]]],
    basePriceCents: 8900,
  },
  {
    category: "tools",
    code: "HK",
    name: ([kind]) => `Ball-End Hex Key Set, ${kind}`,
    description: "Long-arm ball-end hex keys in chrome-vanadium steel with colour-coded holder.",
    unit: "set",
    axes: [[["metric 1.5–10 mm", "M", 1], ["imperial 1/16–3/8\"", "I", 1]]],
    basePriceCents: 2400,
  },
  {
    category: "lubricants",
    code: "GR",
    name: ([grade]) => `Multipurpose Grease ${grade}, 400 g cartridge`,
    description: "Lithium-complex grease for bearings and chassis points, -30 °C to +150 °C.",
    unit: "case of 12",
    axes: [[["NLGI 2", "2", 1], ["NLGI 2 EP moly", "2M", 1.25], ["food grade H1", "H1", 1.9]]],
    basePriceCents: 5400,
  },
  {
    category: "lubricants",
    code: "TL",
    name: ([strength]) => `Threadlocker ${strength}, 50 ml`,
    description: "Anaerobic threadlocking adhesive; fixtures in 10 minutes, full cure in 24 hours.",
    unit: "each",
    axes: [[["medium strength (blue)", "243", 1], ["high strength (red)", "270", 1.05], ["wicking grade (green)", "290", 1.15]]],
    basePriceCents: 2100,
  },
  {
    category: "lubricants",
    code: "CF",
    name: ([kind]) => `Cutting Fluid ${kind}, 5 L`,
    description: "Water-miscible semi-synthetic cutting fluid for machining steel and aluminium.",
    unit: "can",
    axes: [[["semi-synthetic", "SS", 1], ["neat oil", "NO", 1.2], ["aluminium grade", "AL", 1.15]]],
    basePriceCents: 4600,
  },
  {
    category: "lubricants",
    code: "DG",
    name: ([kind]) => `Industrial Degreaser ${kind}`,
    description: "Fast-evaporating solvent degreaser for parts cleaning and maintenance.",
    unit: "case of 12",
    axes: [[["aerosol 500 ml", "AE", 1], ["trigger spray 1 L", "TS", 1.1]]],
    basePriceCents: 5200,
  },
  {
    category: "packaging",
    code: "SF",
    name: ([kind]) => `Stretch Film ${kind}`,
    description: "Cast LLDPE pallet stretch film with one-sided cling, 300 % pre-stretch.",
    unit: "case of 6 rolls",
    axes: [[["500 mm × 300 m, 17 µm", "17", 1], ["500 mm × 300 m, 23 µm", "23", 1.25], ["machine 500 mm × 1500 m", "MC", 3.1]]],
    basePriceCents: 4800,
  },
  {
    category: "packaging",
    code: "BX",
    name: ([size]) => `Double-Wall Shipping Carton ${size}`,
    description: "Brown kraft double-wall carton, 32 ECT, ships flat.",
    unit: "bundle of 20",
    axes: [[["305 × 229 × 152 mm", "S", 1], ["457 × 305 × 305 mm", "M", 1.6], ["610 × 457 × 457 mm", "L", 2.5]]],
    basePriceCents: 2900,
  },
  {
    category: "packaging",
    code: "TP",
    name: ([kind]) => `Packaging Tape ${kind}`,
    description: "Acrylic packaging tape, 48 mm × 66 m, quiet unwind.",
    unit: "case of 36",
    axes: [[["clear", "CL", 1], ["brown", "BR", 1], ["printed FRAGILE", "FR", 1.35]]],
    basePriceCents: 5400,
  },
  {
    category: "cleaning",
    code: "AP",
    name: ([kind]) => `Absorbent Pads, ${kind}`,
    description: "Meltblown polypropylene absorbent pads, 40 × 50 cm, bonded for low lint.",
    unit: "bale of 100",
    axes: [[["universal (grey)", "U", 1], ["oil only (white)", "O", 1.05], ["chemical (yellow)", "C", 1.3]]],
    basePriceCents: 6900,
  },
  {
    category: "cleaning",
    code: "SK",
    name: ([size]) => `Spill Kit ${size}, universal`,
    description: "Spill response kit in a high-visibility container with pads, socks, bags and instructions.",
    unit: "each",
    axes: [[["50 L bag", "50", 1], ["120 L wheeled bin", "120", 2.2], ["240 L wheeled bin", "240", 3.5]]],
    basePriceCents: 7900,
  },
  {
    category: "cleaning",
    code: "WP",
    name: ([kind]) => `Industrial Wipes, ${kind}`,
    description: "Pre-moistened heavy-duty wipes that remove grease, paint, ink and sealant from hands and surfaces.",
    unit: "tub of 150",
    axes: [[["hand and surface", "HS", 1], ["heavy-duty abrasive", "HD", 1.2]]],
    basePriceCents: 1990,
  },
];

function cartesian(axes: [string, string, number][][]): [string, string, number][][] {
  return axes.reduce<[string, string, number][][]>(
    (acc, axis) => acc.flatMap((prefix) => axis.map((value) => [...prefix, value])),
    [[]],
  );
}

/** About three hundred products, built from the families above. */
export function buildProducts(): ProductSeed[] {
  const products: ProductSeed[] = [];
  for (const family of FAMILIES) {
    const prefix = family.category.slice(0, 3).toUpperCase();
    for (const combo of cartesian(family.axes)) {
      const factor = combo.reduce((f, [, , x]) => f * x, 1);
      const price = Math.round((family.basePriceCents * factor) / 5) * 5 - 1;
      products.push({
        sku: [prefix, family.code, ...combo.map(([, part]) => part)].join("-"),
        name: family.name(combo.map(([label]) => label)),
        description: family.description,
        category: family.category,
        unit: family.unit,
        listPriceCents: Math.max(99, price),
        costRatio: 0.52 + ((products.length * 37) % 23) / 100,
      });
    }
  }
  return products;
}
