// Azure resources of one AI Strategy Board environment, deployed by the `arm/deploy` step of
// teamsapp.yml. Every output below is written by the toolkit into env/.env.<environment> under
// its own (upper-case) name, which is why the output names are already in that form.
//
//   Static Web App ──(https, bearer token)──▶ Function App (Flex Consumption, managed identity)
//                                                 │  no keys, no connection strings
//                                                 ▼
//                                 Storage account: table `board`, blob container `snapshots`
//                                 (version-level immutability), deployment package container
//
// Application Insights (with its Log Analytics workspace) receives the API's and the tab's telemetry.

targetScope = 'resourceGroup'

@minLength(4)
@maxLength(20)
@description('Base of every resource name: lower-case letters and digits, e.g. "board" followed by the environment suffix.')
param resourceBaseName string

@description('Name of the Teams Toolkit environment (local, dev, prod …); used as a tag.')
param environmentName string

@description('Region of the resources. Defaults to the resource group\'s region, which must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Region of the Static Web App. The service is global; this only picks where its metadata lives.')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param staticWebAppLocation string = 'westeurope'

@description('Client (application) id of the Entra app registration that signs users in and protects the API.')
param entraClientId string

@description('Home tenant of the Entra app registration; its users are always allowed.')
param entraTenantId string = tenant().tenantId

@description('Comma-separated ids of further tenants whose users may call the API, or "none" for a single-tenant install.')
param allowedTenantIds string = 'none'

@description('Name of the table that holds every entity (one partition per tenant).')
param tableName string = 'board'

@description('Name of the blob container for published board snapshots (version-level immutability).')
param snapshotContainerName string = 'snapshots'

@description('Most instances the Flex Consumption plan may scale the API out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of one API instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Tags added to every resource, besides the application and environment tags.')
param tags object = {}

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, location, resourceBaseName))
var baseName = toLower(resourceBaseName)
var allTags = union(tags, {
  application: 'ai-strategy-board'
  environment: environmentName
})
var deploymentContainerName = 'app-package'
var extraTenantIds = toLower(trim(allowedTenantIds)) == 'none' ? '' : replace(allowedTenantIds, ' ', '')

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${abbrs.operationalInsightsWorkspaces}${baseName}-${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${baseName}-${resourceToken}'
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    // 'st' + at most 9 characters of the base name + the 13-character token: at most 24.
    name: '${abbrs.storageStorageAccounts}${take(replace(baseName, '-', ''), 9)}${resourceToken}'
    location: location
    tags: allTags
    tableName: tableName
    snapshotContainerName: snapshotContainerName
    deploymentContainerName: deploymentContainerName
  }
}

module staticWebApp 'modules/staticWebApp.bicep' = {
  name: 'static-web-app'
  params: {
    name: '${abbrs.webStaticSites}${baseName}-${resourceToken}'
    location: staticWebAppLocation
    tags: allTags
  }
}

// Exactly the settings the API's config module reads in Azure (api/src/config.ts); the Functions
// host's own settings are added by the function app module.
var apiSettings = {
  AUTH_MODE: 'entra'
  ENTRA_CLIENT_ID: entraClientId
  ENTRA_TENANT_ID: entraTenantId
  ENTRA_APP_ID_URI: 'api://${staticWebApp.outputs.defaultHostname}/${entraClientId}'
  ALLOWED_TENANT_IDS: extraTenantIds
  STORAGE_ACCOUNT_NAME: storage.outputs.name
  TABLE_NAME: tableName
  SNAPSHOT_CONTAINER: snapshotContainerName
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'function-app'
  params: {
    name: '${abbrs.webSitesFunctions}${baseName}-${resourceToken}'
    planName: '${abbrs.webServerFarms}${baseName}-${resourceToken}'
    location: location
    tags: allTags
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'
    allowedOrigins: [
      'https://${staticWebApp.outputs.defaultHostname}'
    ]
    appSettings: apiSettings
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module storageAccess 'modules/storageAccess.bicep' = {
  name: 'storage-access'
  params: {
    storageAccountName: storage.outputs.name
    principalId: functionApp.outputs.principalId
  }
}

output TAB_DOMAIN string = staticWebApp.outputs.defaultHostname
output TAB_ENDPOINT string = 'https://${staticWebApp.outputs.defaultHostname}'
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.outputs.id
output API_FUNCTION_ENDPOINT string = 'https://${functionApp.outputs.defaultHostName}'
output API_FUNCTION_RESOURCE_ID string = functionApp.outputs.id
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
