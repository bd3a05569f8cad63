// Static Web App that serves the tab (the built SPA in tab/dist). The deploy step of
// teamsapp.yml uploads the files with the deployment token fetched during provision.

@description('Name of the Static Web App.')
param name string

@description('Region of the Static Web App.')
param location string

@description('Tags of the Static Web App.')
param tags object

@description('Plan: Free is enough for a tab; Standard adds custom authentication, private endpoints and an SLA.')
@allowed([
  'Free'
  'Standard'
])
param sku string = 'Free'

resource staticWebApp 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output id string = staticWebApp.id
output name string = staticWebApp.name
output defaultHostname string = staticWebApp.properties.defaultHostname
