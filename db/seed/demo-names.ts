// Fictional client companies, people and places for the demo tenants (any resemblance is chance).

export const companyNames = [
  "Alder & Finch Law", "Bluewater Dental Group", "Brightline Logistics", "Cedar Ridge Veterinary",
  "Cobalt Precision Machining", "Crescent Bay Realty", "Driftwood Architects", "Elmstead Family Practice",
  "Evergreen Credit Union", "Fairhaven Accounting", "Foxglove Marketing", "Granite Peak Construction",
  "Harborview Insurance", "Hawthorne Academy", "Ironbridge Manufacturing", "Juniper Health Clinic",
  "Keystone Title & Escrow", "Lakeside Orthopedics", "Larkspur Hotels", "Maple Street Bakery Co.",
  "Meridian Engineering", "Northgate Pharmacy", "Oakhurst Property Management", "Pinecrest Senior Living",
  "Quarry Lane Brewing", "Redwood Wealth Advisors", "Riverside Auto Group", "Saltmarsh Seafood Supply",
  "Silverline Freight", "Stonebridge Capital", "Summit Physical Therapy", "Tidewater Marine Services",
  "Trailhead Outfitters", "Union Square Dental", "Valley Forge Plastics", "Westbrook Elementary Trust",
  "Willowbrook Nursing", "Yellowpine Software", "Zephyr Wind Energy", "Ashford Print & Sign",
  "Beacon Hill Pediatrics", "Copperleaf Landscaping", "Dunmore Legal Partners", "Eastwind Travel",
  "Fieldstone Farms Co-op", "Glenwood Eye Care", "Highland Mortgage", "Ironwood Flooring",
  "Kingfisher Media", "Lighthouse Counseling", "Millbrook Chiropractic", "Newport Yacht Club",
  "Orchard Hill Winery", "Parkside Animal Hospital", "Ridgeway HVAC", "Seabright Surgical Center",
];

export const firstNames = [
  "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mateo",
  "Charlotte", "Henry", "Amelia", "Theo", "Harper", "Jack", "Evelyn", "Leo", "Priya", "Arjun", "Mei", "Hiro",
  "Fatima", "Omar", "Sofia", "Diego", "Ingrid", "Lars", "Chloe", "Daniel", "Grace", "Samuel", "Nora", "Owen",
];

export const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson",
  "Anderson", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
  "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Patel", "Nguyen", "Kim", "Schmidt", "Rossi", "Novak",
];

export const contactTitles = [
  "Office Manager", "Owner", "Managing Partner", "Operations Director", "Practice Manager", "CFO",
  "IT Coordinator", "Front Desk Lead", "Controller", "Facilities Manager", "Principal", "HR Manager",
];

export const cities = [
  { city: "Portland", region: "OR", country: "US", postal: "97205" },
  { city: "Seattle", region: "WA", country: "US", postal: "98101" },
  { city: "Boise", region: "ID", country: "US", postal: "83702" },
  { city: "Sacramento", region: "CA", country: "US", postal: "95814" },
  { city: "Denver", region: "CO", country: "US", postal: "80202" },
  { city: "Austin", region: "TX", country: "US", postal: "78701" },
  { city: "Columbus", region: "OH", country: "US", postal: "43215" },
  { city: "Raleigh", region: "NC", country: "US", postal: "27601" },
  { city: "Manchester", region: "Greater Manchester", country: "GB", postal: "M1 1AE" },
  { city: "Leeds", region: "West Yorkshire", country: "GB", postal: "LS1 4DY" },
  { city: "Utrecht", region: "Utrecht", country: "NL", postal: "3511 LX" },
  { city: "Hamburg", region: "Hamburg", country: "DE", postal: "20095" },
];

export const streets = [
  "Main Street", "Oak Avenue", "Harbor Drive", "Commerce Way", "Industrial Parkway", "Park Place",
  "Market Street", "Riverside Road", "Station Road", "Elm Street", "Technology Drive", "Mill Lane",
];
