// Makes and models an MSP meets every day, for the demo data (fictional serials and addresses).

export const laptops = [
  { manufacturer: "Dell", model: "Latitude 5440", screen: 14 },
  { manufacturer: "Dell", model: "Latitude 7440", screen: 14 },
  { manufacturer: "Lenovo", model: "ThinkPad T14 Gen 4", screen: 14 },
  { manufacturer: "Lenovo", model: "ThinkPad X1 Carbon Gen 11", screen: 14 },
  { manufacturer: "HP", model: "EliteBook 840 G10", screen: 14 },
  { manufacturer: "HP", model: "ProBook 450 G10", screen: 15.6 },
  { manufacturer: "Apple", model: "MacBook Air 13 (M2)", screen: 13.6 },
  { manufacturer: "Apple", model: "MacBook Pro 14 (M3)", screen: 14.2 },
];

export const desktops = [
  { manufacturer: "Dell", model: "OptiPlex 7010 Micro" },
  { manufacturer: "Dell", model: "OptiPlex 5000 Tower" },
  { manufacturer: "Lenovo", model: "ThinkCentre M70q Gen 4" },
  { manufacturer: "HP", model: "ProDesk 400 G9 SFF" },
  { manufacturer: "HP", model: "EliteDesk 800 G8 Mini" },
];

export const hosts = [
  { manufacturer: "Dell", model: "PowerEdge R650xs" },
  { manufacturer: "Dell", model: "PowerEdge T550" },
  { manufacturer: "HPE", model: "ProLiant DL380 Gen10 Plus" },
  { manufacturer: "Lenovo", model: "ThinkSystem SR630 V2" },
];

export const switches = [
  { manufacturer: "Cisco", model: "Catalyst 9200L-48P", ports: 48, poe: true },
  { manufacturer: "Aruba", model: "CX 6100 24G", ports: 24, poe: true },
  { manufacturer: "Ubiquiti", model: "UniFi USW-Pro-24-PoE", ports: 24, poe: true },
  { manufacturer: "Netgear", model: "GS724T", ports: 24, poe: false },
];
export const firewalls = [
  { manufacturer: "Fortinet", model: "FortiGate 60F" },
  { manufacturer: "SonicWall", model: "TZ470" },
  { manufacturer: "Sophos", model: "XGS 2100" },
];
export const accessPoints = [
  { manufacturer: "Ubiquiti", model: "UniFi U6 Pro" },
  { manufacturer: "Aruba", model: "AP-515" },
  { manufacturer: "Cisco Meraki", model: "MR36" },
];
export const printers = [
  { manufacturer: "HP", model: "LaserJet Pro M404dn", color: false },
  { manufacturer: "HP", model: "Color LaserJet Pro MFP M479fdw", color: true },
  { manufacturer: "Brother", model: "HL-L6210DW", color: false },
  { manufacturer: "Canon", model: "imageRUNNER ADVANCE DX C3826i", color: true },
  { manufacturer: "Xerox", model: "VersaLink C405", color: true },
];
export const phones = [
  { manufacturer: "Apple", model: "iPhone 15", os: "iOS", version: "17.5" },
  { manufacturer: "Apple", model: "iPhone 14", os: "iOS", version: "17.4" },
  { manufacturer: "Samsung", model: "Galaxy S23", os: "Android", version: "14" },
  { manufacturer: "Apple", model: "iPad (10th generation)", os: "iPadOS", version: "17.5" },
  { manufacturer: "Google", model: "Pixel 8", os: "Android", version: "14" },
];
export const upses = [
  { manufacturer: "APC", model: "Smart-UPS SMT1500RMI2U", va: 1500 },
  { manufacturer: "APC", model: "Smart-UPS SRT3000XLI", va: 3000 },
  { manufacturer: "Eaton", model: "5PX 2200 Rack/Tower", va: 2200 },
];

export const workstationOs = [
  { name: "Windows 11 Pro", version: "23H2", build: "22631.3737" },
  { name: "Windows 11 Pro", version: "22H2", build: "22621.3593" },
  { name: "Windows 10 Pro", version: "22H2", build: "19045.4529" },
];
export const macOs = [{ name: "macOS", version: "14.5 Sonoma", build: "23F79" }];
export const serverOs = [
  { name: "Windows Server 2022 Standard", version: "21H2" },
  { name: "Windows Server 2019 Standard", version: "1809" },
  { name: "Ubuntu Server", version: "22.04 LTS" },
];
export const cpus = ["Intel Core i5-1345U", "Intel Core i7-1365U", "Intel Core i5-13500", "AMD Ryzen 7 PRO 7840U", "Apple M2", "Apple M3 Pro"];
export const serverCpus = ["Intel Xeon Silver 4314", "Intel Xeon Gold 5318Y", "AMD EPYC 7313P"];
export const software = [
  { name: "Microsoft 365 Apps for business", publisher: "Microsoft", version: "16.0.17628" },
  { name: "Google Chrome", publisher: "Google", version: "126.0.6478.127" },
  { name: "Adobe Acrobat Reader", publisher: "Adobe", version: "24.002.20857" },
  { name: "Zoom Workplace", publisher: "Zoom", version: "6.1.1" },
  { name: "7-Zip", publisher: "Igor Pavlov", version: "24.07" },
  { name: "Sophos Endpoint Agent", publisher: "Sophos", version: "2024.1" },
];
export const carriers = ["Verizon", "AT&T", "T-Mobile", "Vodafone"];
export const warrantyProviders = ["Dell ProSupport", "Lenovo Premier Support", "HP Care Pack", "AppleCare for Enterprise", "Manufacturer standard"];
