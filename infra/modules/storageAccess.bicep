// Data-plane roles of the API's managed identity on its storage account.

@description('Name of the storage account the roles are granted on.')
param storageAccountName string

@description('Object id of the Function App\'s system-assigned managed identity.')
param principalId string

// Built-in role definition ids (identical in every Azure cloud).
var roles = {
  // The API's entities.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // The API's snapshot blobs.
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Required by the Functions host over identity (AzureWebJobsStorage: leases, host keys and the
  // containers it creates itself) and used for the deployment package container. Its data
  // actions (blobs/*) also cover managing version-level immutability policies on snapshots.
  // The host needs no queue role while the API has only HTTP and timer triggers; queue or blob
  // triggers would also need Storage Queue Data Contributor (974c5e8b-45b9-4653-ba55-5f855dd0fb88).
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(storageAccount.id, principalId, role.value)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]
