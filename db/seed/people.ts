/** Names, places and phrases the generator draws from. */

export const FIRST_NAMES = [
  "James", "Maria", "Robert", "Linda", "Michael", "Aisha", "David", "Elena", "Daniel", "Grace",
  "Kevin", "Hannah", "Brian", "Olivia", "Marcus", "Fatima", "Steven", "Chloe", "Anthony", "Rachel",
  "Jorge", "Mei", "Patrick", "Nadia", "Gregory", "Laura", "Samuel", "Yuki", "Victor", "Ingrid",
  "Luis", "Emma", "Raj", "Sophie", "Andre", "Megan", "Owen", "Tanya", "Hector", "Claire",
];

export const LAST_NAMES = [
  "Anderson", "Brooks", "Carter", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ibrahim", "Jensen",
  "Kowalski", "Lopez", "Mitchell", "Nakamura", "O'Brien", "Patel", "Quinn", "Reyes", "Schmidt", "Thompson",
  "Underwood", "Vasquez", "Walsh", "Xu", "Young", "Zimmerman", "Bennett", "Coleman", "Donovan", "Ferreira",
  "Gallagher", "Hoffman", "Kim", "Lindqvist", "Moreno", "Novak", "Okafor", "Price", "Russo", "Sullivan",
];

export const JOB_TITLES = [
  "Purchasing Manager", "Buyer", "Maintenance Supervisor", "Plant Manager", "Maintenance Technician",
  "Operations Manager", "Procurement Specialist", "Facilities Manager", "EHS Coordinator", "Production Lead",
  "Accounts Payable Clerk", "Warehouse Supervisor",
];

export const COMPANY_PREFIXES = [
  "Allied", "Apex", "Atlas", "Beacon", "Blue Ridge", "Cascade", "Centurion", "Cobalt", "Crescent", "Delta",
  "Eastgate", "Evergreen", "Frontier", "Granite", "Harbor", "Heartland", "Highland", "Ironwood", "Keystone", "Lakeside",
  "Liberty", "Meridian", "Midwest", "Northstar", "Oakmont", "Pacific", "Pinnacle", "Prairie", "Redwood", "Riverbend",
  "Summit", "Sterling", "Tri-County", "Union", "Vanguard", "Westfield", "Whitmore", "Yellowstone", "Bayside", "Copperline",
];

export const INDUSTRIES: { name: string; suffixes: string[] }[] = [
  { name: "Industrial machinery", suffixes: ["Machine Works", "Manufacturing", "Engineering", "Fabrication"] },
  { name: "Chemicals", suffixes: ["Chemicals", "Coatings", "Polymers"] },
  { name: "Food & beverage", suffixes: ["Foods", "Beverages", "Dairy Cooperative", "Bakeries"] },
  { name: "Logistics", suffixes: ["Logistics", "Distribution", "Freight"] },
  { name: "Construction", suffixes: ["Builders", "Construction", "Contractors"] },
  { name: "Automotive", suffixes: ["Auto Parts", "Automotive", "Components"] },
  { name: "Energy & utilities", suffixes: ["Energy", "Power", "Utilities"] },
  { name: "Pharmaceuticals", suffixes: ["Pharma", "Labs", "Life Sciences"] },
  { name: "Packaging", suffixes: ["Packaging", "Containers", "Paper Products"] },
  { name: "Facilities services", suffixes: ["Facility Services", "Property Maintenance"] },
  { name: "Agriculture", suffixes: ["Farms", "Agri Supply", "Grain"] },
  { name: "Electronics", suffixes: ["Electronics", "Controls", "Systems"] },
];

export const CITIES: { city: string; region: string; postal: string }[] = [
  { city: "Cleveland", region: "OH", postal: "44114" },
  { city: "Dayton", region: "OH", postal: "45402" },
  { city: "Pittsburgh", region: "PA", postal: "15222" },
  { city: "Milwaukee", region: "WI", postal: "53202" },
  { city: "Grand Rapids", region: "MI", postal: "49503" },
  { city: "Indianapolis", region: "IN", postal: "46204" },
  { city: "Louisville", region: "KY", postal: "40202" },
  { city: "Nashville", region: "TN", postal: "37203" },
  { city: "Charlotte", region: "NC", postal: "28202" },
  { city: "Richmond", region: "VA", postal: "23219" },
  { city: "Houston", region: "TX", postal: "77002" },
  { city: "Fort Worth", region: "TX", postal: "76102" },
  { city: "Tulsa", region: "OK", postal: "74103" },
  { city: "Kansas City", region: "MO", postal: "64105" },
  { city: "Omaha", region: "NE", postal: "68102" },
  { city: "Denver", region: "CO", postal: "80202" },
  { city: "Phoenix", region: "AZ", postal: "85004" },
  { city: "Sacramento", region: "CA", postal: "95814" },
  { city: "Portland", region: "OR", postal: "97204" },
  { city: "Spokane", region: "WA", postal: "99201" },
  { city: "Rochester", region: "NY", postal: "14604" },
  { city: "Hartford", region: "CT", postal: "06103" },
  { city: "Allentown", region: "PA", postal: "18101" },
  { city: "Birmingham", region: "AL", postal: "35203" },
];

export const STREETS = [
  "Industrial Pkwy", "Commerce Dr", "Enterprise Ave", "Foundry St", "Mill Rd", "Logistics Way", "Harbor Blvd",
  "Technology Ct", "Railroad Ave", "Riverside Dr", "Airport Rd", "Distribution Ln",
];

export const TICKET_TEMPLATES: Record<string, { subject: string; body: string }[]> = {
  order_issue: [
    { subject: "Wrong quantity delivered on {order}", body: "We ordered {qty} of {sku} on {order} but only received {less}. The packing slip shows the full quantity. Can you check and send the balance?" },
    { subject: "Order {order} still not confirmed", body: "Order {order} was placed two days ago and is still showing as submitted. We need the {product} for a shutdown next week — please confirm the ship date." },
    { subject: "Received the wrong item on {order}", body: "Line {sku} on {order} was picked as a different size. The box is labelled correctly but the contents are not. Please advise how to return it." },
  ],
  delivery: [
    { subject: "Tracking for {order} not updating", body: "The tracking number for {order} has not updated since it was shipped. Can you check with the carrier? The parts are needed on line 2." },
    { subject: "Delivery {order} arrived damaged", body: "The pallet for {order} arrived with crushed cartons. Photos attached to follow. Several boxes of {product} are damaged." },
    { subject: "Can we change the delivery address for {order}?", body: "We need {order} delivered to our second site instead of the main warehouse. Is that still possible?" },
  ],
  invoice: [
    { subject: "Invoice for {order} shows list price", body: "The invoice for {order} shows the list price for {sku}, not our contract price. Please issue a corrected invoice." },
    { subject: "Missing PO number on invoice", body: "Our AP team cannot match the invoice for {order} because the PO number is missing. Could you reissue it with our PO?" },
    { subject: "Request for statement of account", body: "Please send a statement of all open invoices for our year-end reconciliation." },
  ],
  returns: [
    { subject: "Return request for {sku}", body: "We over-ordered {sku} on {order}. The boxes are unopened. Can we return {less} of them for credit?" },
    { subject: "RMA for faulty {product}", body: "Two units of {product} from {order} failed within a week of installation. We would like to return them under warranty." },
  ],
  product_question: [
    { subject: "Alternative for {product}?", body: "{product} shows as out of stock. Is there an equivalent part you can recommend with a shorter lead time?" },
    { subject: "Data sheet for {sku}", body: "Could you send the technical data sheet and material certificate for {sku}? Our quality team needs it for the PPAP file." },
    { subject: "Which grease for high-temperature bearings?", body: "We run bearings at about 140 °C near the ovens. Which grease from your range do you recommend and how often should we re-grease?" },
  ],
  technical: [
    { subject: "Hydraulic fittings leaking after installation", body: "New fittings from {order} are weeping at the JIC connection. We torqued them to spec. Could they be the wrong thread form?" },
    { subject: "Breakers tripping on motor start", body: "The breakers from {order} trip every time the conveyor motor starts. Is the curve type correct for this application?" },
  ],
  account: [
    { subject: "Please add a new ship-to address", body: "We opened a new warehouse and need it added as a shipping address on our account." },
    { subject: "Add a colleague to the portal", body: "Please give our new maintenance planner access to the portal. I could not find the invite option." },
    { subject: "Update our tax exemption certificate", body: "Attached is our renewed resale certificate. Please update our account so orders are invoiced without sales tax." },
  ],
  other: [
    { subject: "Question about next year's pricing", body: "Could our account manager contact us about pricing for next year? We are planning the budget now." },
  ],
};

export const AGENT_REPLIES = [
  "Thank you for letting us know. I have checked {order} and arranged for the balance to ship today; you will receive tracking by e-mail.",
  "Thanks for the details. I have raised this with our warehouse and will update you by the end of the day.",
  "I have corrected this and attached the updated document. Please let me know if anything else needs changing.",
  "Our application engineer recommends {sku} for this duty. I have added the data sheet to this ticket.",
  "I have issued a return authorisation; the prepaid label is on its way by e-mail.",
  "Could you send a photo of the part label and the batch number from the packing slip? That lets us trace the batch.",
];

export const CUSTOMER_FOLLOW_UPS = [
  "Thanks, that solves it.",
  "Photos attached. The batch number is on the second page.",
  "Received today, all good now. Thank you!",
  "Any update on this? We are running low.",
];

export const INTERNAL_NOTES = [
  "Checked with warehouse: short-picked due to a bin location error. Balance shipping today.",
  "Customer is a key account; copying the account manager.",
  "Carrier claim opened, reference to follow.",
];

export const CALL_SUBJECTS = [
  "Quarterly business review",
  "Discussed upcoming shutdown requirements",
  "Pricing review for next year",
  "Introduced new hydraulics range",
  "Follow-up on late delivery",
  "Check-in call with purchasing",
  "Site visit: storeroom consolidation",
];

export const NOTE_SUBJECTS = [
  "Plans to consolidate suppliers next quarter",
  "New maintenance manager started",
  "Prefers deliveries before 10 am",
  "Budget approved for safety upgrade",
  "Competitor offered lower price on PPE",
];

export const OPPORTUNITY_NAMES = [
  "Annual MRO supply agreement",
  "Hydraulics retrofit — line 3",
  "PPE consolidation programme",
  "Vending machines for consumables",
  "Bearing standardisation project",
  "New plant fit-out",
  "Spill control compliance upgrade",
  "Pneumatics refresh for packaging lines",
];

export const TASK_TITLES = [
  "Follow up on quote",
  "Prepare quarterly business review",
  "Call about declining order volume",
  "Send new price list",
  "Check credit hold with finance",
  "Arrange site visit",
];
